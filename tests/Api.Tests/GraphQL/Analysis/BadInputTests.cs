using System.Text.Json;
using CustomerComms.Api.Tests.Hosting;

namespace CustomerComms.Api.Tests.GraphQL.Analysis;

/// <summary>Bad input gives a field error with code BAD_USER_INPUT and a message saying what to fix, never a crash.</summary>
public sealed class BadInputTests(AnalysisServer api) : IClassFixture<AnalysisServer>
{
    private const string ChartQuery = "query($input: ControlChartInput!) { analysis { controlChart(input: $input) { center } } }";

    public static TheoryData<string, string> ChartCases => new()
    {
        { """{ "kind": "XMR" }""", "XMR chart needs `values`" },
        { """{ "kind": "P", "counts": [1, 2, 3] }""", "needs `sizes`" },
        { """{ "kind": "U", "counts": [1, 2, 3], "sizes": [10, 10] }""", "3 counts but 2 sizes" },
        { """{ "kind": "XBAR_R" }""", "XBAR_R chart needs `subgroups`" },
        { """{ "kind": "XMR", "values": [1, 2, 3], "counts": [1, 2, 3] }""", "does not use `counts`" },
        { """{ "kind": "XMR", "values": [4] }""", "two consecutive" },
        { """{ "kind": "EWMA", "values": [1, 2, 3, 2], "lambda": 1.5 }""", "`lambda` must lie in (0, 1]" },
        { """{ "kind": "EWMA", "values": [1, 2, 3, 2], "lambda": 0 }""", "`lambda` must lie in (0, 1]" },
        { """{ "kind": "XMR", "values": [1, 2, 3, 2], "phaseOneCount": 9 }""", "`phaseOneCount` must lie between 1 and the number of points (4)" },
        { """{ "kind": "XMR", "values": [1, 2, 3, 2], "exclude": [4] }""", "index 4, outside 0..3" },
        { """{ "kind": "P", "counts": [1, 60], "sizes": [50, 50] }""", "counts[1]" },
        { """{ "kind": "C", "counts": [1, 2], "sigma": 1 }""", "Sigma" },
        { """{ "kind": "CUSUM", "values": [1, 2, 3, 2], "h": 0 }""", "`h` must be positive" },
        { """{ "kind": "XBAR_R", "subgroups": [[1, 2], [3]] }""", "Subgroup 1 has 1 observations" },
    };

    [Theory]
    [MemberData(nameof(ChartCases))]
    public async Task ControlChart_BadInput_IsBadUserInputWithAUsefulMessage(string input, string message)
    {
        using var variables = JsonDocument.Parse($$"""{ "input": {{input}} }""");

        var error = await api.ErrorAsync(ChartQuery, variables.RootElement);

        AssertBadUserInput(error, message);
    }

    [Theory]
    [InlineData("{ analysis { trend(input: { values: [1, 2] }) { ols { slope } } } }", "At least 3 values")]
    [InlineData("{ analysis { trend(input: { values: [1, 2, 3], times: [1, 2] }) { ols { slope } } } }", "3 values but 2 times")]
    [InlineData("{ analysis { trend(input: { values: [1, 2, 3], times: [1, 3, 2] }) { ols { slope } } } }", "increase strictly")]
    [InlineData("{ analysis { capability(input: { values: [1, 2, 3] }) { cp } } }", "at least one specification limit")]
    [InlineData("{ analysis { capability(input: { values: [1, 2, 3], lowerSpec: 5, upperSpec: 4 }) { cp } } }", "below the upper")]
    [InlineData("{ analysis { capability(input: { values: [2, 2, 2], lowerSpec: 1, upperSpec: 4 }) { cp } } }", "constant data")]
    [InlineData("{ analysis { netPromoterScore(scores: []) { score } } }", "at least one answer")]
    [InlineData("{ analysis { netPromoterScore(scores: [11]) { score } } }", "between 0 and 10; got 11")]
    [InlineData("{ analysis { customerSatisfaction(scores: [6], scaleMax: 5) { percent } } }", "between 1 and 5; got 6")]
    [InlineData("{ analysis { customerSatisfaction(scores: [1], scaleMax: 2) { percent } } }", "`scaleMax` must be at least 3")]
    public async Task Analysis_BadInput_IsBadUserInputWithAUsefulMessage(string query, string message)
    {
        AssertBadUserInput(await api.ErrorAsync(query), message);
    }

    [Fact]
    public async Task ControlChart_NonFiniteValue_IsRefusedBeforeAnyComputation()
    {
        using var variables = JsonDocument.Parse("""{ "input": { "kind": "XMR", "values": [1, 2, 1e400] } }""");

        var error = await api.ErrorAsync(ChartQuery, variables.RootElement);

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("Float cannot represent", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ControlChart_SeriesLongerThanTheDefaultMaximum_IsRefused()
    {
        var values = new double[100_001];

        var error = await api.ErrorAsync(ChartQuery, new { input = new { kind = "XMR", values } });

        AssertBadUserInput(error, "`values` has more than 100000 entries");
    }

    [Fact]
    public async Task Trend_SeriesLongerThanTheConfiguredMaximum_IsRefused()
    {
        await using var server = await LoopbackServer.StartAsync(false, "--Analysis:MaxPoints=5");

        var response = await AnalysisServer.PostAsync(server, "{ analysis { trend(input: { values: [1, 2, 3, 4, 5, 6] }) { ols { slope } } } }");

        AssertBadUserInput(response.GetProperty("errors")[0], "`values` has more than 5 entries");
    }

    private static void AssertBadUserInput(JsonElement error, string message)
    {
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(message, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("analysis", error.GetProperty("path")[0].GetString());
    }
}
