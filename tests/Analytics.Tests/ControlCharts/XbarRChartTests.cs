using System.Text.Json;
using CustomerComms.Analytics.Constants;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Tests.ControlCharts;

public sealed class XbarRChartTests
{
    private const double TableTolerance = 1e-9;

    private static readonly JsonElement Reference = ReferenceData.Load("pistonrings_xbar_R_S.json");

    private static readonly ControlChartOptions TableOptions = new()
    {
        PhaseOneCount = 25,
        Convention = ConstantsConvention.ThreeDecimalTable,
    };

    [Fact]
    public void Build_PistonRings_MeanChartMatchesReference()
    {
        JsonElement expected = Reference.At("expected", "xbar_R_method");

        ControlChart chart = XbarRChart.Build(Subgroups(), TableOptions);

        AssertChart(expected, chart);
    }

    [Fact]
    public void Build_PistonRings_RangeChartMatchesReference()
    {
        JsonElement expected = Reference.At("expected", "R_chart");

        ControlChart chart = XbarRChart.Build(Subgroups(), TableOptions).RangeChart!;

        Assert.Equal(ControlChartKind.Range, chart.Kind);
        AssertChart(expected, chart);
    }

    [Fact]
    public void Build_PistonRings_MatchesTextbookRoundedValues()
    {
        ControlChart chart = XbarRChart.Build(Subgroups(), new ControlChartOptions { PhaseOneCount = 25 });

        // Montgomery: X̿ = 74.001, R̄ = 0.023, UCL = 74.014, LCL = 73.988, R UCL = 0.049 (printed to 3 decimals).
        Approx.Equal(74.001, chart.Center, 0.0005, "centre");
        Approx.Equal(74.014, chart.Points[0].UpperLimit, 0.0005, "UCL");
        Approx.Equal(73.988, chart.Points[0].LowerLimit, 0.0005, "LCL");
        Approx.Equal(0.023, chart.RangeChart!.Center, 0.0005, "R̄");
        Approx.Equal(0.049, chart.RangeChart.Points[0].UpperLimit, 0.0015, "R UCL");
    }

    [Theory]
    [InlineData(Nelson8Reading.EitherSide)]
    [InlineData(Nelson8Reading.BothSides)]
    public void Build_PistonRingsAllRules_FlagTheReferencePoints(Nelson8Reading reading)
    {
        ControlChart chart = XbarRChart.Build(Subgroups(), TableOptions with { RunRules = ReferenceRules.All(reading) });

        ReferenceRules.AssertMatches(Reference.At("expected", "rules_xbar"), chart, reading);
        ReferenceRules.AssertMatches(Reference.At("expected", "rules_R"), chart.RangeChart!, reading);
    }

    [Fact]
    public void Build_VariableSubgroupSizes_WidensLimitsForSmallerSubgroups()
    {
        double[][] subgroups = [[1, 2, 3, 4], [2, 3], [1, 3, 2, 4], [2, 4]];

        ControlChart chart = XbarRChart.Build(subgroups);

        // σ = mean(R_i/d2(n_i)); limits centre ± 3σ/√n_i.
        double sigma = ((3 / ControlChartConstants.RangeMean(4)) + (1 / ControlChartConstants.RangeMean(2))
            + (3 / ControlChartConstants.RangeMean(4)) + (2 / ControlChartConstants.RangeMean(2))) / 4;
        Approx.Equal(sigma, chart.Sigma, 1e-12, "sigma");
        Approx.Equal(31.0 / 12, chart.Center, 1e-12, "weighted grand mean");
        Approx.Equal(chart.Center + (3 * sigma / 2), chart.Points[0].UpperLimit, 1e-12, "UCL n=4");
        Approx.Equal(chart.Center + (3 * sigma / Math.Sqrt(2)), chart.Points[1].UpperLimit, 1e-12, "UCL n=2");
        Approx.Equal(ControlChartConstants.RangeMean(2) * sigma, chart.RangeChart!.Points[1].Center, 1e-12, "R centre n=2");
    }

    [Fact]
    public void Build_SubgroupOfOne_Throws()
    {
        Assert.Throws<ArgumentException>(() => XbarRChart.Build([[1, 2], [3]]));
    }

    [Fact]
    public void Build_SubgroupLargerThanTable_Throws()
    {
        double[] big = [.. Enumerable.Range(0, 26).Select(i => (double)i)];

        Assert.Throws<ArgumentException>(() => XbarRChart.Build([big, big]));
    }

    [Fact]
    public void Build_AllSubgroupsExcluded_Throws()
    {
        Assert.Throws<ArgumentException>(() => XbarRChart.Build([[1, 2], [2, 3]], new ControlChartOptions { Excluded = [0, 1] }));
    }

    internal static double[][] Subgroups() =>
        [.. Reference.At("input", "phase1_subgroups").Matrix(), .. Reference.At("input", "phase2_subgroups").Matrix()];

    internal static void AssertChart(JsonElement expected, ControlChart chart)
    {
        Approx.AllEqual(expected.At("statistics").Doubles(), [.. chart.Points.Select(p => p.Value)], TableTolerance, "statistic");
        Approx.AllEqual(expected.At("center").Doubles(), [.. chart.Points.Select(p => p.Center)], TableTolerance, "center");
        Approx.AllEqual(expected.At("lcl").Doubles(), [.. chart.Points.Select(p => p.LowerLimit)], TableTolerance, "lcl");
        Approx.AllEqual(expected.At("ucl").Doubles(), [.. chart.Points.Select(p => p.UpperLimit)], TableTolerance, "ucl");
        Approx.Equal(expected.At("std_dev").GetDouble(), chart.Sigma, TableTolerance, "sigma");
        Assert.Equal(expected.At("beyond_limits").ZeroBasedIndices(), chart.Points.Where(p => p.BeyondLimits).Select(p => p.Index));
    }
}
