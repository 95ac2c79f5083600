using System.Text.Json;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Tests.ControlCharts;

public sealed class CChartTests
{
    private static readonly JsonElement Reference = ReferenceData.Load("circuit_c.json");

    private static double[] Counts => Reference.At("input", "x").Doubles();

    [Fact]
    public void Build_CircuitBoardsTrial_MatchesReferenceAndTextbook()
    {
        JsonElement expected = Reference.At("expected", "c_trial_1_26");

        ControlChart chart = CChart.Build(Counts[..26]);

        ReferenceChart.AssertPoints(expected, chart.Points);
        Approx.Equal(expected.At("std_dev").GetDouble(), chart.Sigma, ReferenceChart.Tolerance, "sigma");
        // Montgomery: c̄ = 19.85, UCL = 33.22, LCL = 6.48.
        Approx.Equal(19.85, chart.Center, 0.005, "c̄");
        Approx.Equal(33.22, chart.Points[0].UpperLimit, 0.015, "UCL");
        Approx.Equal(6.48, chart.Points[0].LowerLimit, 0.005, "LCL");
    }

    [Fact]
    public void Build_ExcludingAssignableCausesWithPhaseTwo_MatchesRevisedLimits()
    {
        JsonElement expected = Reference.At("expected", "c_revised_excluding_6_20_with_phase2_27_46");

        ControlChart chart = CChart.Build(Counts, new ControlChartOptions { PhaseOneCount = 26, Excluded = [5, 19] });

        ReferenceChart.AssertPoints(expected, [.. chart.Points.Where(p => !p.Excluded)]);
        Assert.True(chart.Points[5].BeyondLimits);
    }

    [Theory]
    [InlineData(Nelson8Reading.EitherSide)]
    [InlineData(Nelson8Reading.BothSides)]
    public void Build_AllRules_FlagTheReferencePoints(Nelson8Reading reading)
    {
        ControlChart trial = CChart.Build(Counts[..26], new ControlChartOptions { RunRules = ReferenceRules.All(reading) });
        int[] kept = [.. Enumerable.Range(0, 46).Where(i => i is not 5 and not 19)];
        ControlChart revised = CChart.Build(
            [.. kept.Select(i => Counts[i])],
            new ControlChartOptions { PhaseOneCount = 24, RunRules = ReferenceRules.All(reading) });

        ReferenceRules.AssertMatches(Reference.At("expected", "rules_c_trial"), trial, reading);
        ReferenceRules.AssertMatches(Reference.At("expected", "rules_c_revised"), revised, reading);
    }

    [Fact]
    public void Build_NegativeCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => CChart.Build([1, -1]));
    }

    [Fact]
    public void Build_AllZero_GivesZeroCenterAndNoSignals()
    {
        ControlChart chart = CChart.Build([0, 0, 0]);

        Assert.Equal(0, chart.Center);
        Assert.All(chart.Points, p => Assert.False(p.BeyondLimits));
    }
}
