using System.Text.Json;

namespace CustomerComms.Api.Tests.GraphQL.Analysis;

/// <summary>
/// Every chart kind through GraphQL against Montgomery's textbook examples. Tolerances: the API uses the exact d2, qcc
/// the three-decimal table, so range-based limits differ in the fourth significant digit (2e-3 on XMR limits of about 35,
/// 1e-5 on X̄ limits of about 74); attribute limits are exact formulas (1e-9).
/// </summary>
public sealed class ControlChartTests(AnalysisServer api) : IClassFixture<AnalysisServer>
{
    [Fact]
    public async Task ControlChart_XmrViscosityPhaseOneOfTwenty_MatchesTextbookLimitsAndMovingRangeChart()
    {
        var data = ReferenceData.Load("individuals_xmr.json").GetProperty("viscosity");
        var expected = data.GetProperty("expected").GetProperty("individuals");
        double[] values = [.. data.GetProperty("input").GetProperty("phase1").Doubles(), .. data.GetProperty("input").GetProperty("phase2").Doubles()];

        var chart = await api.ChartAsync(new { kind = "XMR", values, phaseOneCount = 20 });

        Assert.Equal("XMR", chart.GetProperty("kind").GetString());
        ReferenceData.Near(expected.GetProperty("center")[0].GetDouble(), chart.GetProperty("center"), 1e-9);
        var point = chart.GetProperty("points")[0];
        ReferenceData.Near(expected.GetProperty("ucl")[0].GetDouble(), point.GetProperty("upperLimit"), 2e-3);
        ReferenceData.Near(expected.GetProperty("lcl")[0].GetDouble(), point.GetProperty("lowerLimit"), 2e-3);
        Assert.Equal(expected.GetProperty("beyond_limits").ZeroBased(), chart.Beyond());
        Assert.Equal(Enumerable.Range(20, 15), chart.GetProperty("points").Where(p => p.GetProperty("phaseTwo").GetBoolean()));

        var movingRange = chart.GetProperty("rangeChart");
        var mr = data.GetProperty("expected").GetProperty("moving_range");
        Assert.Equal("XMR", movingRange.GetProperty("kind").GetString());
        Assert.Equal("MOVING_RANGE", movingRange.GetProperty("statistic").GetString());
        ReferenceData.Near(mr.GetProperty("MRbar_phase1").GetDouble(), movingRange.GetProperty("center"), 1e-9);
        Assert.Equal(1, movingRange.GetProperty("points")[0].GetProperty("index").GetInt32());
        ReferenceData.Near(mr.GetProperty("UCL").GetDouble(), movingRange.GetProperty("points")[0].GetProperty("upperLimit"), 2e-3);
        Assert.Equal(0, movingRange.GetProperty("points")[0].GetProperty("lowerLimit").GetDouble());
        Assert.Equal(mr.GetProperty("beyond_UCL").ZeroBased(), movingRange.Beyond());
    }

    [Theory]
    [InlineData("XBAR_R", "xbar_R_method", "R_chart", "SUBGROUP_RANGE")]
    [InlineData("XBAR_S", "xbar_S_method", "S_chart", "SUBGROUP_STANDARD_DEVIATION")]
    public async Task ControlChart_PistonRingSubgroupsPhaseOneOfTwentyFive_MatchesTextbookLimits(string kind, string meanKey, string dispersionKey, string dispersionStatistic)
    {
        var data = ReferenceData.Load("pistonrings_xbar_R_S.json");
        var expected = data.GetProperty("expected");
        double[][] subgroups = [.. data.GetProperty("input").GetProperty("phase1_subgroups").Subgroups(), .. data.GetProperty("input").GetProperty("phase2_subgroups").Subgroups()];

        var chart = await api.ChartAsync(new { kind, subgroups, phaseOneCount = 25 });

        var mean = expected.GetProperty(meanKey);
        ReferenceData.Near(mean.GetProperty("center")[0].GetDouble(), chart.GetProperty("center"), 1e-9);
        ReferenceData.Near(mean.GetProperty("std_dev").GetDouble(), chart.GetProperty("sigma"), 1e-5);
        ReferenceData.Near(mean.GetProperty("ucl")[0].GetDouble(), chart.GetProperty("points")[39].GetProperty("upperLimit"), 1e-5);
        ReferenceData.Near(mean.GetProperty("lcl")[0].GetDouble(), chart.GetProperty("points")[39].GetProperty("lowerLimit"), 1e-5);
        Assert.Equal(mean.GetProperty("beyond_limits").ZeroBased(), chart.Beyond());

        var dispersion = chart.GetProperty("rangeChart");
        Assert.Equal(kind, dispersion.GetProperty("kind").GetString());
        Assert.Equal(dispersionStatistic, dispersion.GetProperty("statistic").GetString());
        ReferenceData.Near(expected.GetProperty(dispersionKey).GetProperty("center")[0].GetDouble(), dispersion.GetProperty("center"), 1e-5);
        ReferenceData.Near(expected.GetProperty(dispersionKey).GetProperty("ucl")[0].GetDouble(), dispersion.GetProperty("points")[0].GetProperty("upperLimit"), 1e-4);
        Assert.Empty(dispersion.Beyond());
    }

    [Fact]
    public async Task ControlChart_POrangeJuiceTrial_MatchesTextbookLimitsAndFlagsSamples15And23()
    {
        var (counts, sizes) = OrangeJuice(30);
        var expected = ReferenceData.Load("orangejuice_p_np.json").GetProperty("expected").GetProperty("p_trial_1_30");

        var chart = await api.ChartAsync(new { kind = "P", counts, sizes });

        ReferenceData.Near(0.231333333333333, chart.GetProperty("center"), 1e-9);
        ReferenceData.Near(expected.GetProperty("ucl")[0].GetDouble(), chart.GetProperty("points")[0].GetProperty("upperLimit"), 1e-9);
        ReferenceData.Near(expected.GetProperty("lcl")[0].GetDouble(), chart.GetProperty("points")[0].GetProperty("lowerLimit"), 1e-9);
        Assert.Equal([14, 22], chart.Beyond());
        Assert.Equal("PROPORTION", chart.GetProperty("statistic").GetString());
    }

    [Fact]
    public async Task ControlChart_PRevisedExcludingAssignableCausesWithPhaseTwo_FreezesRevisedLimits()
    {
        var (counts, sizes) = OrangeJuice(54);
        var expected = ReferenceData.Load("orangejuice_p_np.json").GetProperty("expected").GetProperty("p_revised_excluding_15_23_with_phase2_31_54");

        var chart = await api.ChartAsync(new { kind = "P", counts, sizes, phaseOneCount = 30, exclude = new[] { 14, 22 } });

        ReferenceData.Near(0.215, chart.GetProperty("center"), 1e-9);
        var points = chart.GetProperty("points");
        ReferenceData.Near(expected.GetProperty("ucl")[0].GetDouble(), points[53].GetProperty("upperLimit"), 1e-9);
        ReferenceData.Near(expected.GetProperty("lcl")[0].GetDouble(), points[53].GetProperty("lowerLimit"), 1e-9);
        Assert.Equal([14, 22], points.Where(p => p.GetProperty("excluded").GetBoolean()));
        Assert.Equal(Enumerable.Range(30, 24), points.Where(p => p.GetProperty("phaseTwo").GetBoolean()));

        // The reference drops samples 15 and 23 (its points 20 and 39 are samples 21 and 41); here they stay plotted
        // and judged against the revised limits, which both still exceed (p = 0.44 and 0.48 against an upper limit of 0.389).
        Assert.Equal([14, 20, 22, 40], chart.Beyond());
    }

    [Fact]
    public async Task ControlChart_NpOrangeJuiceTrial_CentresOnNTimesPBar()
    {
        var (counts, sizes) = OrangeJuice(30);
        var expected = ReferenceData.Load("orangejuice_p_np.json").GetProperty("expected").GetProperty("np_trial_1_30");

        var chart = await api.ChartAsync(new { kind = "NP", counts, sizes });

        var point = chart.GetProperty("points")[0];
        ReferenceData.Near(expected.GetProperty("center")[0].GetDouble(), point.GetProperty("center"), 1e-9);
        ReferenceData.Near(expected.GetProperty("ucl")[0].GetDouble(), point.GetProperty("upperLimit"), 1e-9);
        ReferenceData.Near(expected.GetProperty("lcl")[0].GetDouble(), point.GetProperty("lowerLimit"), 1e-9);
        Assert.Equal(expected.GetProperty("beyond_limits").ZeroBased(), chart.Beyond());
    }

    [Fact]
    public async Task ControlChart_CCircuitBoardsRevised_ExcludesSamples6And20AndFreezesLimits()
    {
        var data = ReferenceData.Load("circuit_c.json");
        var counts = data.GetProperty("input").GetProperty("x").Doubles();
        var expected = data.GetProperty("expected");

        var trial = await api.ChartAsync(new { kind = "C", counts = counts[..26] });
        var revised = await api.ChartAsync(new { kind = "C", counts, phaseOneCount = 26, exclude = new[] { 5, 19 } });

        ReferenceData.Near(expected.GetProperty("c_trial_1_26").GetProperty("ucl")[0].GetDouble(), trial.GetProperty("points")[0].GetProperty("upperLimit"), 1e-9);
        Assert.Equal(expected.GetProperty("c_trial_1_26").GetProperty("beyond_limits").ZeroBased(), trial.Beyond());
        var revisedExpected = expected.GetProperty("c_revised_excluding_6_20_with_phase2_27_46");
        ReferenceData.Near(revisedExpected.GetProperty("center")[0].GetDouble(), revised.GetProperty("center"), 1e-9);
        ReferenceData.Near(revisedExpected.GetProperty("ucl")[0].GetDouble(), revised.GetProperty("points")[45].GetProperty("upperLimit"), 1e-9);
        ReferenceData.Near(revisedExpected.GetProperty("lcl")[0].GetDouble(), revised.GetProperty("points")[45].GetProperty("lowerLimit"), 1e-9);
        Assert.Equal([5, 19], revised.Beyond());
    }

    [Fact]
    public async Task ControlChart_UDyedClothWithVariableSizes_HasLimitsPerPoint()
    {
        var data = ReferenceData.Load("u_dyedcloth_pcmanufact.json").GetProperty("dyedcloth");
        var expected = data.GetProperty("expected");

        var chart = await api.ChartAsync(new { kind = "U", counts = data.GetProperty("input").GetProperty("x").Doubles(), sizes = data.GetProperty("input").GetProperty("size").Doubles() });

        var points = chart.GetProperty("points");
        for (var i = 0; i < points.GetArrayLength(); i++)
        {
            ReferenceData.Near(expected.GetProperty("statistics")[i].GetDouble(), points[i].GetProperty("value"), 1e-9);
            ReferenceData.Near(expected.GetProperty("ucl")[i].GetDouble(), points[i].GetProperty("upperLimit"), 1e-9);
            ReferenceData.Near(expected.GetProperty("lcl")[i].GetDouble(), points[i].GetProperty("lowerLimit"), 1e-9);
        }

        Assert.Empty(chart.Beyond());
    }

    [Fact]
    public async Task ControlChart_EwmaWithKnownCenterAndSigma_MatchesMontgomeryTable91()
    {
        var data = ReferenceData.Load("ewma_cusum.json").GetProperty("montgomery_table_9_1");
        var expected = data.GetProperty("ewma_lambda_0.1_L_2.7");

        var chart = await api.ChartAsync(new { kind = "EWMA", values = data.GetProperty("input").Doubles(), center = 10.0, sigma = 1.0, lambda = 0.1, limitWidth = 2.7 });

        var points = chart.GetProperty("points");
        for (var i = 0; i < points.GetArrayLength(); i++)
        {
            ReferenceData.Near(expected.GetProperty("z")[i].GetDouble(), points[i].GetProperty("value"), 1e-9);
            ReferenceData.Near(expected.GetProperty("ucl")[i].GetDouble(), points[i].GetProperty("upperLimit"), 1e-9);
            ReferenceData.Near(expected.GetProperty("statistics")[i].GetDouble(), points[i].GetProperty("observation"), 1e-12);
        }

        Assert.Equal(expected.GetProperty("violations").ZeroBased(), chart.Beyond());
    }

    [Fact]
    public async Task ControlChart_CusumWithKnownCenterAndSigma_MatchesMontgomeryTable91()
    {
        var data = ReferenceData.Load("ewma_cusum.json").GetProperty("montgomery_table_9_1");
        var expected = data.GetProperty("cusum_k_0.5_h_5");

        var chart = await api.ChartAsync(new { kind = "CUSUM", values = data.GetProperty("input").Doubles(), center = 10.0, sigma = 1.0 });

        var points = chart.GetProperty("points");
        for (var i = 0; i < points.GetArrayLength(); i++)
        {
            ReferenceData.Near(expected.GetProperty("C_plus_std")[i].GetDouble(), points[i].GetProperty("cusumUpper"), 1e-9);
            ReferenceData.Near(expected.GetProperty("C_minus_std")[i].GetDouble(), points[i].GetProperty("cusumLower"), 1e-9);
            Assert.Equal(5, points[i].GetProperty("upperLimit").GetDouble());
        }

        Assert.Equal(expected.GetProperty("signals_upper").ZeroBased(), chart.Beyond());
        Assert.Equal(JsonValueKind.Null, chart.GetProperty("rangeChart").ValueKind);
    }

    private static (double[] Counts, double[] Sizes) OrangeJuice(int count)
    {
        var input = ReferenceData.Load("orangejuice_p_np.json").GetProperty("input");
        return (input.GetProperty("D").Doubles()[..count], input.GetProperty("size").Doubles()[..count]);
    }
}
