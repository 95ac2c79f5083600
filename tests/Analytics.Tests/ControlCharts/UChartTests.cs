using System.Text.Json;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Tests.ControlCharts;

public sealed class UChartTests
{
    private static readonly JsonElement Reference = ReferenceData.Load("u_dyedcloth_pcmanufact.json");

    [Theory]
    [InlineData("dyedcloth")]
    [InlineData("pcmanufact")]
    public void Build_TextbookData_MatchesReference(string dataset)
    {
        JsonElement expected = Reference.At(dataset, "expected");

        ControlChart chart = UChart.Build(
            Reference.At(dataset, "input", "x").Doubles(),
            Reference.At(dataset, "input", "size").Doubles(),
            new ControlChartOptions { RunRules = ReferenceRules.All() });

        ReferenceChart.AssertPoints(expected, chart.Points);
        Approx.Equal(expected.At("std_dev").GetDouble(), chart.Sigma, ReferenceChart.Tolerance, "sigma");
        ReferenceRules.AssertMatches(Reference.At(dataset, "rules"), chart, Nelson8Reading.EitherSide);
    }

    [Fact]
    public void Build_PersonalComputers_MatchesTextbook()
    {
        ControlChart chart = UChart.Build(Reference.At("pcmanufact", "input", "x").Doubles(), Reference.At("pcmanufact", "input", "size").Doubles());

        // Montgomery: ū = 1.93, UCL = 3.79, LCL = 0.07.
        Approx.Equal(1.93, chart.Center, 0.005, "ū");
        Approx.Equal(3.79, chart.Points[0].UpperLimit, 0.005, "UCL");
        Approx.Equal(0.07, chart.Points[0].LowerLimit, 0.005, "LCL");
    }

    [Fact]
    public void Build_FractionalSizes_AreAccepted()
    {
        ControlChart chart = UChart.Build([3, 1], [1.5, 0.5]);

        Approx.Equal(2, chart.Center, 1e-15, "ū");
        Approx.Equal(2 + (3 * Math.Sqrt(2 / 0.5)), chart.Points[1].UpperLimit, 1e-12, "UCL");
    }
}
