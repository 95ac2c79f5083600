using System.Text.Json;

namespace CustomerComms.Api.Tests.GraphQL.Analysis;

/// <summary>The introspected schema holds the analysis contract that scripts rely on, name for name and type for type.</summary>
public sealed class AnalysisContractTests(AnalysisServer api) : IClassFixture<AnalysisServer>
{
    private const string TypeQuery = """
        query($name: String!) { __type(name: $name) {
          kind description
          fields { name description type { ...Ref } args { name defaultValue type { ...Ref } } }
          inputFields { name description defaultValue type { ...Ref } }
          enumValues { name description }
        } }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    public static TheoryData<string, string[]> Contract => new()
    {
        { "Query", ["analysis: Analysis!"] },
        {
            "Analysis",
            [
                "controlChart(input: ControlChartInput!): ControlChart!", "trend(input: TrendInput!): TrendAnalysis!",
                "capability(input: CapabilityInput!): Capability!", "netPromoterScore(scores: [Int!]!): NetPromoterScore!",
                "customerSatisfaction(scores: [Int!]!, scaleMax: Int! = 5): CustomerSatisfaction!",
            ]
        },
        { "ControlChartKind", ["XMR", "XBAR_R", "XBAR_S", "P", "NP", "C", "U", "EWMA", "CUSUM"] },
        {
            "RunRule",
            [
                "NELSON_1", "NELSON_2", "NELSON_3", "NELSON_4", "NELSON_5", "NELSON_6", "NELSON_7", "NELSON_8",
                "WESTERN_ELECTRIC_1", "WESTERN_ELECTRIC_2", "WESTERN_ELECTRIC_3", "WESTERN_ELECTRIC_4",
            ]
        },
        {
            "ControlChartInput",
            [
                "kind: ControlChartKind!", "values: [Float!]", "subgroups: [[Float!]!]", "counts: [Float!]", "sizes: [Float!]",
                "phaseOneCount: Int", "exclude: [Int!]", "center: Float", "sigma: Float", "rules: [RunRule!] = [NELSON_1]",
                "lambda: Float = 0.2", "limitWidth: Float = 3", "k: Float = 0.5", "h: Float = 5",
            ]
        },
        { "ControlChart", ["kind: ControlChartKind!", "center: Float!", "sigma: Float!", "points: [ControlChartPoint!]!", "rangeChart: ControlChart"] },
        {
            "ControlChartPoint",
            [
                "index: Int!", "value: Float!", "center: Float!", "lowerLimit: Float!", "upperLimit: Float!", "beyondLimits: Boolean!",
                "violations: [RunRule!]!", "phaseTwo: Boolean!", "excluded: Boolean!", "cusumUpper: Float", "cusumLower: Float",
            ]
        },
        { "TrendInput", ["values: [Float!]!", "times: [Float!]"] },
        { "TrendAnalysis", ["ols: OlsTrend!", "mannKendall: MannKendall!", "sen: SenSlope!"] },
        {
            "OlsTrend",
            [
                "slope: Float!", "intercept: Float!", "slopeStandardError: Float!", "interceptStandardError: Float!",
                "slopeLower: Float!", "slopeUpper: Float!", "pValue: Float!", "rSquared: Float!",
            ]
        },
        { "MannKendall", ["s: Float!", "variance: Float!", "z: Float!", "pValue: Float!", "tau: Float!"] },
        { "SenSlope", ["slope: Float!", "intercept: Float!", "lower: Float!", "upper: Float!"] },
        { "CapabilityInput", ["values: [Float!]", "subgroups: [[Float!]!]", "lowerSpec: Float", "upperSpec: Float", "target: Float"] },
        { "Capability", ["cp: Float", "cpk: Float", "pp: Float", "ppk: Float", "cpm: Float", "sigmaWithin: Float!", "sigmaOverall: Float!"] },
        {
            "NetPromoterScore",
            [
                "score: Float!", "promoters: Int!", "passives: Int!", "detractors: Int!", "n: Int!", "standardError: Float!",
                "waldLower: Float!", "waldUpper: Float!", "adjustedWaldLower: Float!", "adjustedWaldUpper: Float!",
            ]
        },
        { "CustomerSatisfaction", ["percent: Float!", "n: Int!", "wilsonLower: Float!", "wilsonUpper: Float!"] },
    };

    [Theory]
    [MemberData(nameof(Contract))]
    public async Task Introspection_AnalysisType_HoldsTheContractMembersWithDescriptions(string type, string[] members)
    {
        var response = await api.PostAsync(TypeQuery, new { name = type });
        var described = response.GetProperty("data").GetProperty("__type");

        var actual = Members(described);

        Assert.All(members, member => Assert.Contains(member, actual.Keys));
        if (type == "ControlChartKind" || type == "RunRule")
        {
            Assert.Equal(members, actual.Keys);
        }

        if (type != "Query")
        {
            Assert.False(string.IsNullOrEmpty(described.GetProperty("description").GetString()));
            Assert.All(actual, member => Assert.False(string.IsNullOrEmpty(member.Value), $"{type}.{member.Key} has no description."));
        }
    }

    private static Dictionary<string, string?> Members(JsonElement type)
    {
        var members = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (type.GetProperty("enumValues") is { ValueKind: JsonValueKind.Array } values)
        {
            foreach (var value in values.EnumerateArray())
            {
                members.Add(value.GetProperty("name").GetString()!, value.GetProperty("description").GetString());
            }
        }

        foreach (var list in new[] { "fields", "inputFields" })
        {
            if (type.GetProperty(list) is not { ValueKind: JsonValueKind.Array } fields)
            {
                continue;
            }

            foreach (var field in fields.EnumerateArray())
            {
                var arguments = field.TryGetProperty("args", out var args) && args.GetArrayLength() > 0
                    ? "(" + string.Join(", ", args.EnumerateArray().Select(InputValue)) + ")"
                    : string.Empty;
                var signature = list == "fields"
                    ? $"{field.GetProperty("name").GetString()}{arguments}: {TypeName(field.GetProperty("type"))}"
                    : InputValue(field);
                members.Add(signature, field.GetProperty("description").GetString());
            }
        }

        return members;
    }

    private static string InputValue(JsonElement value)
    {
        var text = $"{value.GetProperty("name").GetString()}: {TypeName(value.GetProperty("type"))}";
        return value.GetProperty("defaultValue").GetString() is { } defaultValue ? $"{text} = {defaultValue}" : text;
    }

    private static string TypeName(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeName(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + TypeName(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };
}
