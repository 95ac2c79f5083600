using System.Text.Json;
using CustomerComms.Analytics.Constants;
using CustomerComms.Analytics.ControlCharts;

namespace CustomerComms.Analytics.Tests.ControlCharts;

public sealed class XbarSChartTests
{
    private static readonly JsonElement Reference = ReferenceData.Load("pistonrings_xbar_R_S.json");

    [Fact]
    public void Build_PistonRings_MeanChartMatchesReference()
    {
        ControlChart chart = XbarSChart.Build(XbarRChartTests.Subgroups(), new ControlChartOptions { PhaseOneCount = 25 });

        XbarRChartTests.AssertChart(Reference.At("expected", "xbar_S_method"), chart);
    }

    [Fact]
    public void Build_PistonRings_StandardDeviationChartMatchesReference()
    {
        ControlChart chart = XbarSChart.Build(XbarRChartTests.Subgroups(), new ControlChartOptions { PhaseOneCount = 25 }).RangeChart!;

        Assert.Equal(ControlChartKind.StandardDeviation, chart.Kind);
        XbarRChartTests.AssertChart(Reference.At("expected", "S_chart"), chart);
    }

    [Fact]
    public void Build_EqualSizes_LimitsEqualA3AndB4TimesAverageS()
    {
        double[][] subgroups = [[1, 2, 4], [2, 2, 5], [3, 1, 1], [2, 6, 4]];
        double sBar = subgroups.Average(StandardDeviation);
        double mean = subgroups.SelectMany(g => g).Average();
        SubgroupConstants constants = ControlChartConstants.For(3);

        ControlChart chart = XbarSChart.Build(subgroups);

        Approx.Equal(mean + (constants.A3 * sBar), chart.Points[0].UpperLimit, 1e-12, "X̄ UCL");
        Approx.Equal(constants.B4 * sBar, chart.RangeChart!.Points[0].UpperLimit, 1e-12, "S UCL");
        Assert.Equal(0, chart.RangeChart.Points[0].LowerLimit);
    }

    [Fact]
    public void Build_SubgroupsOfThirty_UsesExactC4()
    {
        double[][] subgroups = [.. Enumerable.Range(0, 3).Select(g => Enumerable.Range(0, 30).Select(i => (double)((i * 7) + g) % 11).ToArray())];

        ControlChart chart = XbarSChart.Build(subgroups);

        Approx.Equal(subgroups.Average(StandardDeviation) / ControlChartConstants.C4(30), chart.Sigma, 1e-12, "sigma");
    }

    private static double StandardDeviation(double[] group)
    {
        double mean = group.Average();
        return Math.Sqrt(group.Sum(v => (v - mean) * (v - mean)) / (group.Length - 1));
    }
}
