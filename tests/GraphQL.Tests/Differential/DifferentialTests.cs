using System.Text.Json;
using System.Text.Json.Nodes;
using CustomerComms.GraphQL.Execution;

namespace CustomerComms.GraphQL.Tests.Differential;

/// <summary>
/// Every case of <c>cases/</c> through this engine and through graphql-js 16 on the same schema and data: the same
/// verdict (syntax error, invalid, request error, executed), the same data, and the same errors (message,
/// locations, path; compared as sets, since concurrent fields may fail in either order).
/// </summary>
public sealed class DifferentialTests(GraphQLJsReference graphQLJs) : IClassFixture<GraphQLJsReference>
{
    /// <summary>Cases whose error messages differ on purpose, with the reason; verdicts, data, paths and locations still must match.</summary>
    private static readonly Dictionary<string, string> IntentionalMessageDifferences = new(StringComparer.Ordinal);

    /// <summary>Cases whose data differ on purpose, with the reason; verdicts and errors still must match.</summary>
    private static readonly Dictionary<string, string> IntentionalDataDifferences = new(StringComparer.Ordinal)
    {
        ["introspection: directive locations"] =
            "graphql-js 16 allows @deprecated on DIRECTIVE_DEFINITION, a location the September 2025 specification does not have.",
    };

    private static readonly Lazy<IReadOnlyList<DifferentialCase>> Cases = new(() => DifferentialCase.ReadAll(DifferentialFolder.Path));
    private static readonly Lazy<RequestExecutor> Executor = new(() => new RequestExecutor(DifferentialSchema.Build(DifferentialFolder.Path)));

    public static TheoryData<string> CaseNames()
    {
        var names = new TheoryData<string>();
        foreach (var testCase in Cases.Value)
        {
            names.Add(testCase.Name);
        }

        return names;
    }

    [Fact]
    public void Cases_AreManyAndUniquelyNamed()
    {
        Assert.True(Cases.Value.Count >= 300, $"Only {Cases.Value.Count} cases.");
        Assert.Equal(Cases.Value.Count, Cases.Value.Select(testCase => testCase.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Execute_SameAsGraphQLJs(string name)
    {
        var testCase = Cases.Value.Single(candidate => candidate.Name == name);
        var result = await Executor.Value.ExecuteAsync(testCase.Query, testCase.OperationName, testCase.VariablesJson);
        var compareMessages = !IntentionalMessageDifferences.ContainsKey(name);
        var compareData = !IntentionalDataDifferences.ContainsKey(name);

        var expected = Canonical(graphQLJs.ResultOf(name), compareMessages, compareData);
        var actual = Canonical(Describe(result), compareMessages, compareData);

        Assert.Equal(expected, actual);
    }

    private static JsonElement Describe(ExecutionResult result)
    {
        var response = JsonNode.Parse(ExecutionResultWriter.ToJson(result))!.AsObject();
        var verdict = result.HasData ? "executed"
            : result.Errors.Any(error => error.Code == ErrorCodes.ParseFailed) ? "syntax"
            : result.Errors.Any(error => error.Code == ErrorCodes.ValidationFailed) ? "invalid"
            : "request";
        response["verdict"] = verdict;
        return JsonSerializer.SerializeToElement(response);
    }

    /// <summary>The verdict, the sorted errors and the data as indented JSON, with numbers written one way.</summary>
    private static string Canonical(JsonElement result, bool withMessages, bool withData)
    {
        var errors = result.TryGetProperty("errors", out var list)
            ? list.EnumerateArray().Select(error => Canonical(Error(error, withMessages))).Order(StringComparer.Ordinal).ToList()
            : [];
        var canonical = new JsonObject
        {
            ["verdict"] = result.GetProperty("verdict").GetString(),
            ["errors"] = new JsonArray([.. errors.Select(error => (JsonNode?)JsonValue.Create(error))]),
        };
        if (withData && result.TryGetProperty("data", out var data))
        {
            canonical["data"] = Canonical(data);
        }

        return canonical.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonElement Error(JsonElement error, bool withMessage)
    {
        var node = new JsonObject();
        if (withMessage)
        {
            node["message"] = error.GetProperty("message").GetString();
        }

        node["locations"] = error.TryGetProperty("locations", out var locations) && locations.ValueKind == JsonValueKind.Array && locations.GetArrayLength() > 0
            ? JsonNode.Parse(locations.GetRawText())
            : null;
        node["path"] = error.TryGetProperty("path", out var path) && path.ValueKind == JsonValueKind.Array ? JsonNode.Parse(path.GetRawText()) : null;
        return JsonSerializer.SerializeToElement(node);
    }

    private static string Canonical(JsonElement value) => Normalize(value)?.ToJsonString() ?? "null";

    private static JsonNode? Normalize(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => new JsonObject(value.EnumerateObject().Select(property => KeyValuePair.Create(property.Name, Normalize(property.Value)))),
        JsonValueKind.Array => new JsonArray([.. value.EnumerateArray().Select(Normalize)]),
        JsonValueKind.Number => JsonValue.Create(value.GetDouble() + 0.0), // -0 and 0 are the same JSON number (JSON.stringify writes 0)
        JsonValueKind.Null => null,
        _ => JsonNode.Parse(value.GetRawText()),
    };
}
