using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CustomerComms.Api.Tests.Hosting;

namespace CustomerComms.Api.Tests.GraphQL.Analysis;

/// <summary>One loopback API server shared by the analysis tests of a class, with a small client for its queries.</summary>
public sealed class AnalysisServer : IAsyncLifetime
{
    public const string ChartSelection = """
        kind statistic center sigma conventions
        points { index value center lowerLimit upperLimit sigma beyondLimits violations phaseTwo excluded observation cusumUpper cusumLower }
        rangeChart { kind statistic center sigma points { index value center lowerLimit upperLimit beyondLimits violations phaseTwo excluded } }
        """;

    private LoopbackServer? _server;

    public LoopbackServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    public static Task<JsonElement> PostAsync(LoopbackServer server, string query, object? variables = null) =>
        PostCoreAsync(server.Client, query, variables);

    public Task<JsonElement> PostAsync(string query, object? variables = null) => PostCoreAsync(Server.Client, query, variables);

    /// <summary>Runs <c>analysis { field }</c> and returns the field's value, failing on any error.</summary>
    public async Task<JsonElement> AnalysisAsync(string field, string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data").GetProperty("analysis").GetProperty(field);
    }

    public Task<JsonElement> ChartAsync(object input) =>
        AnalysisAsync("controlChart", $"query($input: ControlChartInput!) {{ analysis {{ controlChart(input: $input) {{ {ChartSelection} }} }} }}", new { input });

    /// <summary>Runs a query that must fail and returns its single error.</summary>
    public async Task<JsonElement> ErrorAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.True(response.TryGetProperty("errors", out var errors), "The request was expected to fail: " + response);
        Assert.Equal(1, errors.GetArrayLength());
        return errors[0];
    }

    private static async Task<JsonElement> PostCoreAsync(HttpClient client, string query, object? variables)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.Clone();
    }
}
