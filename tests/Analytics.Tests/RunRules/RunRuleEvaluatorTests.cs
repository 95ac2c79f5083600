using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Tests.RunRules;

public sealed class RunRuleEvaluatorTests
{
    [Fact]
    public void Evaluate_Nelson1_FlagsOnlyPointsStrictlyBeyondALimit()
    {
        Assert.Equal([2, 3], Flagged([0, 3, 3.01, -3.5, -3], RunRule.Nelson1));
    }

    [Fact]
    public void Evaluate_Nelson2_FlagsTheNinthPointAndEveryLaterPointOfTheRun()
    {
        double[] values = [.. Enumerable.Repeat(0.5, 10), -0.5];

        Assert.Equal([8, 9], Flagged(values, RunRule.Nelson2));
    }

    [Fact]
    public void Evaluate_PointOnCentreLine_BreaksTheSameSideRun()
    {
        double[] values = [0.5, 0.5, 0.5, 0.5, 0.5, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];

        Assert.Equal([14], Flagged(values, RunRule.Nelson2));
        Assert.Equal([13, 14], Flagged(values, RunRule.WesternElectric4));
    }

    [Fact]
    public void Evaluate_ConfiguredRunLength_ChangesTheSameSideRule()
    {
        var settings = new RunRuleSettings { Rules = [RunRule.Nelson2, RunRule.WesternElectric4], NelsonSameSideRunLength = 3, WesternElectricSameSideRunLength = 4 };

        IReadOnlyList<IReadOnlyList<RunRule>> result = Evaluate([-1, 1, 1, 1, 1], settings);

        Assert.Equal([3, 4], Positions(result, RunRule.Nelson2));
        Assert.Equal([4], Positions(result, RunRule.WesternElectric4));
    }

    [Fact]
    public void Evaluate_Nelson3_FlagsSixStrictlyRisingOrFallingPoints()
    {
        Assert.Equal([5, 6], Flagged([-2, -1.5, -1, 0, 1, 1.5, 2], RunRule.Nelson3));
        Assert.Equal([5], Flagged([2, 1.5, 1, 0, -1, -1.5, -1], RunRule.Nelson3));
    }

    [Fact]
    public void Evaluate_Nelson3_EqualNeighboursBreakTheTrend()
    {
        Assert.Empty(Flagged([-2, -1.5, -1, -1, 0, 1, 1.5], RunRule.Nelson3));
    }

    [Fact]
    public void Evaluate_Nelson4_FlagsFourteenAlternatingPoints()
    {
        double[] fourteen = [.. Enumerable.Range(0, 14).Select(i => i % 2 == 0 ? 0.2 : -0.2)];

        Assert.Equal([13], Flagged(fourteen, RunRule.Nelson4));
        Assert.Empty(Flagged(fourteen[..13], RunRule.Nelson4));
    }

    [Fact]
    public void Evaluate_Nelson4_AnUnchangedValueBreaksTheAlternation()
    {
        double[] values = [.. Enumerable.Range(0, 15).Select(i => i % 2 == 0 ? 0.2 : -0.2)];
        values[7] = values[6];

        Assert.Empty(Flagged(values, RunRule.Nelson4));
    }

    [Fact]
    public void Evaluate_Nelson5_FlagsTheCompletingPointBeyondTwoSigma()
    {
        Assert.Equal([2], Flagged([2.5, 0, 2.5], RunRule.Nelson5));
        Assert.Equal([1], Flagged([2.5, 2.5, 0], RunRule.Nelson5));
        Assert.Empty(Flagged([2.5, 0, 0, 2.5], RunRule.Nelson5));
        Assert.Empty(Flagged([2.5, -2.5, 0], RunRule.Nelson5));
        Assert.Empty(Flagged([2, 2, 2], RunRule.Nelson5));
    }

    [Fact]
    public void Evaluate_Nelson6_FlagsFourOfFiveBeyondOneSigma()
    {
        Assert.Equal([4], Flagged([-1.5, -1.5, 0, -1.5, -1.5], RunRule.Nelson6));
        Assert.Empty(Flagged([-1.5, -1.5, 0, 1.5, -1.5], RunRule.Nelson6));
    }

    [Fact]
    public void Evaluate_Nelson7_FlagsFifteenPointsStrictlyWithinOneSigma()
    {
        double[] values = [.. Enumerable.Repeat(0.5, 16)];

        Assert.Equal([14, 15], Flagged(values, RunRule.Nelson7));
        values[3] = 1;
        Assert.Empty(Flagged(values, RunRule.Nelson7));
    }

    [Fact]
    public void Evaluate_Nelson8EitherSide_FlagsEightPointsBeyondOneSigmaOnOneSide()
    {
        double[] values = [.. Enumerable.Repeat(1.5, 8)];

        Assert.Equal([7], Flagged(values, RunRule.Nelson8));
        Assert.Empty(Flagged(values, RunRule.Nelson8, Nelson8Reading.BothSides));
    }

    [Fact]
    public void Evaluate_Nelson8BothSides_NeedsPointsAboveAndBelow()
    {
        double[] values = [1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, -1.5, -1.5];

        Assert.Equal([7, 8], Flagged(values, RunRule.Nelson8, Nelson8Reading.BothSides));
        Assert.Equal([7, 8], Flagged(values, RunRule.Nelson8));
    }

    [Fact]
    public void Evaluate_WesternElectricRules_MatchTheirNelsonCounterparts()
    {
        double[] values = [2.5, 0, 2.5, -1.5, -1.5, 0, -1.5, -1.5, 4];

        Assert.Equal(Flagged(values, RunRule.Nelson1), Flagged(values, RunRule.WesternElectric1));
        Assert.Equal(Flagged(values, RunRule.Nelson5), Flagged(values, RunRule.WesternElectric2));
        Assert.Equal(Flagged(values, RunRule.Nelson6), Flagged(values, RunRule.WesternElectric3));
        Assert.Equal([2], Flagged(values, RunRule.WesternElectric2));
        Assert.Equal([7], Flagged(values, RunRule.WesternElectric3));
    }

    [Fact]
    public void Evaluate_UnselectedRules_AreNotReported()
    {
        IReadOnlyList<IReadOnlyList<RunRule>> result = Evaluate([5, 5, 5], RunRuleSettings.For(RunRule.Nelson5));

        Assert.All(result, rules => Assert.DoesNotContain(RunRule.Nelson1, rules));
        Assert.Equal([RunRule.Nelson5], result[1]);
    }

    [Fact]
    public void Evaluate_ZeroSigma_PointsOffTheCentreAreBeyondEveryZone()
    {
        IReadOnlyList<IReadOnlyList<RunRule>> result = RunRuleEvaluator.Evaluate(
            [1, 1, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 0], RunRuleSettings.For(RunRule.Nelson1, RunRule.Nelson5));

        Assert.Equal([RunRule.Nelson1], result[0]);
        Assert.Equal([RunRule.Nelson1, RunRule.Nelson5], result[1]);
        Assert.Empty(result[2]);
    }

    [Fact]
    public void Evaluate_MismatchedLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => RunRuleEvaluator.Evaluate([1, 2], [0], [1, 1], [-3, -3], [3, 3], RunRuleSettings.Default));
    }

    [Fact]
    public void Evaluate_RunLengthBelowTwo_Throws()
    {
        Assert.Throws<ArgumentException>(() => Evaluate([1], new RunRuleSettings { Rules = [RunRule.Nelson2], NelsonSameSideRunLength = 1 }));
    }

    [Fact]
    public void Evaluate_ChartWithStages_RunsDoNotSpanTheStageBoundary()
    {
        double[] values = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];
        var options = new ControlChartOptions { Center = 0, Sigma = 1, StageStarts = [5], RunRules = RunRuleSettings.For(RunRule.Nelson2) };

        ControlChart chart = IndividualsChart.Build(values, options);

        Assert.All(chart.Points, p => Assert.Empty(p.Violations));
        Assert.Equal([8, 9], ReferenceRules.Flagged(IndividualsChart.Build(values, options with { StageStarts = [] }), RunRule.Nelson2));
    }

    private static int[] Flagged(double[] values, RunRule rule, Nelson8Reading reading = Nelson8Reading.EitherSide) =>
        Positions(Evaluate(values, new RunRuleSettings { Rules = [rule], Nelson8Reading = reading }), rule);

    private static IReadOnlyList<IReadOnlyList<RunRule>> Evaluate(double[] values, RunRuleSettings settings)
    {
        // Centre 0, σ 1, limits ±3: values are their own z-scores.
        double[] Repeat(double v) => [.. Enumerable.Repeat(v, values.Length)];
        return RunRuleEvaluator.Evaluate(values, Repeat(0), Repeat(1), Repeat(-3), Repeat(3), settings);
    }

    private static int[] Positions(IReadOnlyList<IReadOnlyList<RunRule>> result, RunRule rule) =>
        [.. result.Select((rules, i) => (rules, i)).Where(x => x.rules.Contains(rule)).Select(x => x.i)];
}
