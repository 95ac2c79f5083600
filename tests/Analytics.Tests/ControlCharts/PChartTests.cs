using System.Text.Json;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Tests.ControlCharts;

public sealed class PChartTests
{
    private static readonly JsonElement Reference = ReferenceData.Load("orangejuice_p_np.json");

    private static double[] Counts => Reference.At("input", "D").Doubles();

    private static double[] Sizes => Reference.At("input", "size").Doubles();

    [Fact]
    public void Build_OrangeJuiceTrialLimits_MatchReferenceAndTextbook()
    {
        JsonElement expected = Reference.At("expected", "p_trial_1_30");

        ControlChart chart = PChart.Build(Counts[..30], Sizes[..30]);

        ReferenceChart.AssertPoints(expected, chart.Points);
        Approx.Equal(expected.At("std_dev").GetDouble(), chart.Sigma, ReferenceChart.Tolerance, "sigma");
        // Montgomery: p̄ = 0.2313, UCL = 0.4102, LCL = 0.0524.
        Approx.Equal(0.2313, chart.Center, 0.00005, "p̄");
        Approx.Equal(0.4102, chart.Points[0].UpperLimit, 0.00005, "UCL");
        Approx.Equal(0.0524, chart.Points[0].LowerLimit, 0.00005, "LCL");
    }

    [Fact]
    public void Build_ExcludingAssignableCausesWithPhaseTwo_MatchesRevisedLimits()
    {
        JsonElement expected = Reference.At("expected", "p_revised_excluding_15_23_with_phase2_31_54");

        ControlChart chart = PChart.Build(Counts, Sizes, new ControlChartOptions { PhaseOneCount = 30, Excluded = [14, 22] });

        // The reference drops samples 15 and 23; here they stay on the chart, flagged as excluded and still judged.
        ControlChartPoint[] kept = [.. chart.Points.Where(p => !p.Excluded)];
        ReferenceChart.AssertPoints(expected, kept);
        Assert.True(chart.Points[14].Excluded && chart.Points[14].BeyondLimits);
        Assert.True(chart.Points[22].Excluded && chart.Points[22].BeyondLimits);
        Assert.Equal(28, chart.Stages[0].EstimationCount);
        Assert.All(chart.Points.Skip(30), p => Assert.True(p.PhaseTwo));
        // Montgomery: revised p̄ = 0.2150, UCL = 0.3893, LCL = 0.0407.
        Approx.Equal(0.2150, chart.Center, 0.00005, "p̄");
    }

    [Theory]
    [InlineData(Nelson8Reading.EitherSide)]
    [InlineData(Nelson8Reading.BothSides)]
    public void Build_TrialAllRules_FlagTheReferencePoints(Nelson8Reading reading)
    {
        ControlChart chart = PChart.Build(Counts[..30], Sizes[..30], new ControlChartOptions { RunRules = ReferenceRules.All(reading) });

        ReferenceRules.AssertMatches(Reference.At("expected", "rules_p_trial"), chart, reading);
    }

    [Theory]
    [InlineData(Nelson8Reading.EitherSide)]
    [InlineData(Nelson8Reading.BothSides)]
    public void Build_RevisedAllRules_FlagTheReferencePoints(Nelson8Reading reading)
    {
        int[] kept = [.. Enumerable.Range(0, 54).Where(i => i is not 14 and not 22)];

        ControlChart chart = PChart.Build(
            [.. kept.Select(i => Counts[i])],
            [.. kept.Select(i => Sizes[i])],
            new ControlChartOptions { PhaseOneCount = 28, RunRules = ReferenceRules.All(reading) });

        ReferenceRules.AssertMatches(Reference.At("expected", "rules_p_revised"), chart, reading);
    }

    [Fact]
    public void Build_VariableSizes_ComputesLimitsPerSample()
    {
        ControlChart chart = PChart.Build([2, 10, 3], [20, 100, 30]);

        Approx.Equal(0.1, chart.Center, 1e-15, "p̄");
        Approx.Equal(0.1 + (3 * Math.Sqrt(0.09 / 20)), chart.Points[0].UpperLimit, 1e-12, "UCL n=20");
        Approx.Equal(0.1 + (3 * Math.Sqrt(0.09 / 100)), chart.Points[1].UpperLimit, 1e-12, "UCL n=100");
        Assert.Equal(0, chart.Points[0].LowerLimit);
        Approx.Equal(0.1 - (3 * Math.Sqrt(0.09 / 100)), chart.Points[1].LowerLimit, 1e-12, "LCL n=100");
    }

    [Fact]
    public void Build_NoNonconforming_GivesZeroLimitsAndFlagsALaterNonconformity()
    {
        ControlChart chart = PChart.Build([0, 0, 0, 1], [50, 50, 50, 50], new ControlChartOptions { PhaseOneCount = 3 });

        Assert.Equal(0, chart.Center);
        Assert.All(chart.Points, p => Assert.Equal(0, p.UpperLimit));
        Assert.Equal([false, false, false, true], chart.Points.Select(p => p.BeyondLimits));
    }

    [Fact]
    public void Build_KnownProportion_UsesItAsStandard()
    {
        ControlChart chart = PChart.Build([5], [100], new ControlChartOptions { Center = 0.2 });

        Assert.Equal(0.2, chart.Center);
        Assert.True(chart.Points[0].PhaseTwo);
        Assert.True(chart.Points[0].BeyondLimits);
    }

    [Fact]
    public void Build_CountAboveSize_Throws()
    {
        Assert.Throws<ArgumentException>(() => PChart.Build([6], [5]));
    }

    [Fact]
    public void Build_ZeroSize_Throws()
    {
        Assert.Throws<ArgumentException>(() => PChart.Build([0], [0]));
    }

    [Fact]
    public void Build_KnownSigma_Throws()
    {
        Assert.Throws<ArgumentException>(() => PChart.Build([1], [5], new ControlChartOptions { Sigma = 1 }));
    }

    [Fact]
    public void Build_MismatchedLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => PChart.Build([1, 2], [5]));
    }
}
