namespace CustomerComms.Api.Tests.GraphQL.Analysis;

/// <summary>Trend and capability through GraphQL.</summary>
public sealed class TrendAndCapabilityTests(AnalysisServer api) : IClassFixture<AnalysisServer>
{
    private const string TrendQuery = """
        query($input: TrendInput!) { analysis { trend(input: $input) {
          ols { slope intercept slopeStandardError interceptStandardError slopeLower slopeUpper pValue rSquared n }
          mannKendall { s variance z pValue tau n }
          sen { slope intercept lower upper }
        } } }
        """;

    [Fact]
    public async Task Trend_ExactLineWithUnevenTimes_RecoversSlopeAndIntercept()
    {
        double[] times = [0, 1, 3, 4, 7, 8, 10, 13, 15, 16];
        var values = times.Select(t => 2.5 - (0.75 * t)).ToArray();

        var trend = await api.AnalysisAsync("trend", TrendQuery, new { input = new { values, times } });

        var ols = trend.GetProperty("ols");
        ReferenceData.Near(-0.75, ols.GetProperty("slope"), 1e-9);
        ReferenceData.Near(2.5, ols.GetProperty("intercept"), 1e-9);
        ReferenceData.Near(1, ols.GetProperty("rSquared"), 1e-12);
        ReferenceData.Near(-0.75, trend.GetProperty("sen").GetProperty("slope"), 1e-12);
        // Ten strictly decreasing values: S = −n(n−1)/2 = −45, Var(S) = n(n−1)(2n+5)/18 = 125, τ = −1.
        var mannKendall = trend.GetProperty("mannKendall");
        Assert.Equal(-45, mannKendall.GetProperty("s").GetDouble());
        ReferenceData.Near(125, mannKendall.GetProperty("variance"), 1e-9);
        ReferenceData.Near(-44 / Math.Sqrt(125), mannKendall.GetProperty("z"), 1e-9);
        ReferenceData.Near(-1, mannKendall.GetProperty("tau"), 1e-12);
    }

    [Fact]
    public async Task Trend_NoisySeriesWithDefaultTimes_GivesHandComputedLeastSquares()
    {
        // t = 1..5, y = 2, 4, 5, 4, 5: slope = Sxy/Sxx = 6/10 = 0.6, intercept = 4 − 0.6·3 = 2.2,
        // SSE = 2.4, s² = 0.8, SE(slope) = √(0.8/10), R² = 1 − 2.4/6 = 0.6.
        var trend = await api.AnalysisAsync("trend", TrendQuery, new { input = new { values = new[] { 2.0, 4, 5, 4, 5 } } });

        var ols = trend.GetProperty("ols");
        ReferenceData.Near(0.6, ols.GetProperty("slope"), 1e-12);
        ReferenceData.Near(2.2, ols.GetProperty("intercept"), 1e-12);
        ReferenceData.Near(Math.Sqrt(0.08), ols.GetProperty("slopeStandardError"), 1e-12);
        ReferenceData.Near(0.6, ols.GetProperty("rSquared"), 1e-12);
        Assert.Equal(5, ols.GetProperty("n").GetInt32());
        Assert.True(ols.GetProperty("slopeLower").GetDouble() < 0.6 && ols.GetProperty("slopeUpper").GetDouble() > 0.6);
    }

    [Fact]
    public async Task Capability_PistonRingSubgroups_MatchesTextbookIndices()
    {
        var data = ReferenceData.Load("pistonrings_xbar_R_S.json");
        var expected = data.GetProperty("expected").GetProperty("capability");
        var qcc = expected.GetProperty("qcc_process_capability");
        var overall = expected.GetProperty("overall_performance");

        var capability = await api.AnalysisAsync(
            "capability",
            "query($input: CapabilityInput!) { analysis { capability(input: $input) { cp cpk pp ppk cpm sigmaWithin sigmaOverall mean n } } }",
            new { input = new { subgroups = data.GetProperty("input").GetProperty("phase1_subgroups").Subgroups(), lowerSpec = 73.95, upperSpec = 74.05, target = 74.0 } });

        // σ_within uses the exact d2(5) = 2.32593 against qcc's 2.326: indices agree to about 3e-5 relative.
        ReferenceData.Near(qcc.GetProperty("Cp").GetDouble(), capability.GetProperty("cp"), 1e-3);
        ReferenceData.Near(qcc.GetProperty("Cpk").GetDouble(), capability.GetProperty("cpk"), 1e-3);
        ReferenceData.Near(qcc.GetProperty("Cpm").GetDouble(), capability.GetProperty("cpm"), 1e-3);
        ReferenceData.Near(overall.GetProperty("Pp").GetDouble(), capability.GetProperty("pp"), 1e-9);
        ReferenceData.Near(overall.GetProperty("Ppk").GetDouble(), capability.GetProperty("ppk"), 1e-9);
        ReferenceData.Near(overall.GetProperty("sample_sd_overall").GetDouble(), capability.GetProperty("sigmaOverall"), 1e-12);
        Assert.Equal(125, capability.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task Capability_UpperLimitOnly_LeavesTwoSidedIndicesNull()
    {
        var capability = await api.AnalysisAsync(
            "capability",
            "{ analysis { capability(input: { values: [1, 2, 1, 3, 2, 2], upperSpec: 5 }) { cp cpk pp ppk cpm } } }");

        Assert.Equal(System.Text.Json.JsonValueKind.Null, capability.GetProperty("cp").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, capability.GetProperty("pp").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, capability.GetProperty("cpm").ValueKind);
        Assert.True(capability.GetProperty("cpk").GetDouble() > 0);
    }
}
