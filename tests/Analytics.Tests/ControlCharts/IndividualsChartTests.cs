using System.Text.Json;
using CustomerComms.Analytics.Constants;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Tests.ControlCharts;

public sealed class IndividualsChartTests
{
    // Limits from the three-decimal d2 table reproduce qcc to rounding error.
    private const double TableTolerance = 1e-9;

    private static readonly JsonElement Reference = ReferenceData.Load("individuals_xmr.json");

    [Theory]
    [InlineData("viscosity")]
    [InlineData("antifreeze")]
    public void Build_TextbookDataWithThreeDecimalTable_MatchesReferenceLimits(string dataset)
    {
        (double[] values, int phaseOne) = Input(dataset);
        JsonElement expected = Reference.At(dataset, "expected", "individuals");

        ControlChart chart = IndividualsChart.Build(values, new ControlChartOptions
        {
            PhaseOneCount = phaseOne,
            Convention = ConstantsConvention.ThreeDecimalTable,
        });

        Approx.AllEqual(expected.At("statistics").Doubles(), [.. chart.Points.Select(p => p.Value)], TableTolerance, "statistic");
        Approx.AllEqual(expected.At("center").Doubles(), [.. chart.Points.Select(p => p.Center)], TableTolerance, "center");
        Approx.AllEqual(expected.At("lcl").Doubles(), [.. chart.Points.Select(p => p.LowerLimit)], TableTolerance, "lcl");
        Approx.AllEqual(expected.At("ucl").Doubles(), [.. chart.Points.Select(p => p.UpperLimit)], TableTolerance, "ucl");
        Approx.Equal(expected.At("std_dev").GetDouble(), chart.Sigma, TableTolerance, "sigma");
        Assert.Equal(expected.At("beyond_limits").ZeroBasedIndices(), chart.Points.Where(p => p.BeyondLimits).Select(p => p.Index));
    }

    [Theory]
    [InlineData("viscosity")]
    [InlineData("antifreeze")]
    public void Build_TextbookData_MovingRangeChartMatchesReference(string dataset)
    {
        (double[] values, int phaseOne) = Input(dataset);
        JsonElement expected = Reference.At(dataset, "expected", "moving_range");

        ControlChart mr = IndividualsChart.Build(values, new ControlChartOptions
        {
            PhaseOneCount = phaseOne,
            Convention = ConstantsConvention.ThreeDecimalTable,
        }).RangeChart!;

        double[] expectedRanges = [.. expected.At("MR").EnumerateArray().Skip(1).Select(e => e.GetDouble())];
        Approx.AllEqual(expectedRanges, [.. mr.Points.Select(p => p.Value)], TableTolerance, "MR");
        Assert.Equal(1, mr.Points[0].Index);
        Approx.Equal(expected.At("MRbar_phase1").GetDouble(), mr.Center, TableTolerance, "MR centre");
        Assert.All(mr.Points, p => Approx.Equal(expected.At("UCL").GetDouble(), p.UpperLimit, TableTolerance, "MR UCL"));
        Assert.All(mr.Points, p => Assert.Equal(0, p.LowerLimit));
        Assert.Equal(expected.At("beyond_UCL").ZeroBasedIndices(), mr.Points.Where(p => p.BeyondLimits).Select(p => p.Index));
    }

    [Fact]
    public void Build_ExactConstants_LimitsAreMeanPlusMinus2Point658681MovingRange()
    {
        (double[] values, int phaseOne) = Input("viscosity");
        double mean = values.Take(phaseOne).Average();
        double mrBar = Reference.At("viscosity", "expected", "moving_range", "MRbar_phase1").GetDouble();

        ControlChart chart = IndividualsChart.Build(values, new ControlChartOptions { PhaseOneCount = phaseOne });

        Approx.Equal(mean + (2.658681 * mrBar), chart.Points[0].UpperLimit, 1e-6, "UCL");
        Approx.Equal(mean - (2.658681 * mrBar), chart.Points[0].LowerLimit, 1e-6, "LCL");
        // The exact and three-decimal conventions differ only in the fourth significant digit of the width.
        double qccUcl = Reference.At("viscosity", "expected", "individuals", "ucl")[0].GetDouble();
        Approx.Equal(qccUcl, chart.Points[0].UpperLimit, 5e-4 * (qccUcl - mean), "UCL against qcc");
    }

    [Theory]
    [InlineData("viscosity", Nelson8Reading.EitherSide)]
    [InlineData("viscosity", Nelson8Reading.BothSides)]
    [InlineData("antifreeze", Nelson8Reading.EitherSide)]
    [InlineData("antifreeze", Nelson8Reading.BothSides)]
    public void Build_AllRunRules_FlagTheReferencePoints(string dataset, Nelson8Reading reading)
    {
        (double[] values, int phaseOne) = Input(dataset);

        ControlChart chart = IndividualsChart.Build(values, new ControlChartOptions
        {
            PhaseOneCount = phaseOne,
            Convention = ConstantsConvention.ThreeDecimalTable,
            RunRules = ReferenceRules.All(reading),
        });

        ReferenceRules.AssertMatches(Reference.At(dataset, "rules"), chart, reading);
    }

    [Fact]
    public void Build_PhaseOneCount_MarksLaterPointsAsPhaseTwoAndFreezesLimits()
    {
        ControlChart chart = IndividualsChart.Build([10, 12, 11, 13, 30, 40], new ControlChartOptions { PhaseOneCount = 4 });

        Assert.Equal([false, false, false, false, true, true], chart.Points.Select(p => p.PhaseTwo));
        Assert.All(chart.Points, p => Assert.Equal(11.5, p.Center));
        Assert.Equal(4, chart.Stages[0].EstimationCount);
    }

    [Fact]
    public void Build_ExcludedPoint_LeftOutOfEstimationButStillJudged()
    {
        double[] values = [10, 11, 10, 50, 11, 10, 11];

        ControlChart chart = IndividualsChart.Build(values, new ControlChartOptions { Excluded = [3] });

        // Mean of the six other points; the moving ranges touching point 3 are left out: |1|,|1|,|1|,|1| -> MR̄ = 1.
        Approx.Equal(63.0 / 6, chart.Center, 1e-12, "centre");
        Approx.Equal(1 / ControlChartConstants.RangeMean(2), chart.Sigma, 1e-12, "sigma");
        Assert.True(chart.Points[3].Excluded);
        Assert.True(chart.Points[3].BeyondLimits);
        Assert.Contains(RunRule.Nelson1, chart.Points[3].Violations);
        Assert.True(chart.RangeChart!.Points.Single(p => p.Index == 3).Excluded);
        Assert.True(chart.RangeChart.Points.Single(p => p.Index == 4).Excluded);
    }

    [Fact]
    public void Build_Stages_RecomputesLimitsPerStage()
    {
        double[] values = [10, 11, 10, 11, 20, 22, 20, 22];

        ControlChart chart = IndividualsChart.Build(values, new ControlChartOptions { StageStarts = [4] });

        Assert.Equal(2, chart.Stages.Count);
        Approx.Equal(10.5, chart.Points[0].Center, 1e-12, "stage 0 centre");
        Approx.Equal(21, chart.Points[4].Center, 1e-12, "stage 1 centre");
        Approx.Equal(2 / ControlChartConstants.RangeMean(2), chart.Stages[1].Sigma, 1e-12, "stage 1 sigma");
        Assert.Equal(1, chart.Points[5].Stage);
        // The jump between stages is not a moving range of either stage.
        Assert.DoesNotContain(chart.RangeChart!.Points, p => p.Index == 4);
        Assert.False(chart.Points[4].BeyondLimits);
    }

    [Fact]
    public void Build_KnownCenterAndSigma_UsesStandardsAndMarksEveryPointPhaseTwo()
    {
        ControlChart chart = IndividualsChart.Build([1, 2, 9], new ControlChartOptions { Center = 2, Sigma = 2 });

        Assert.All(chart.Points, p => Assert.True(p.PhaseTwo));
        Assert.Equal(-4, chart.Points[0].LowerLimit);
        Assert.Equal(8, chart.Points[0].UpperLimit);
        Assert.True(chart.Points[2].BeyondLimits);
    }

    [Fact]
    public void Build_PointExactlyOnLimit_IsNotBeyond()
    {
        ControlChart chart = IndividualsChart.Build([5, 8, 2], new ControlChartOptions { Center = 5, Sigma = 1 });

        Assert.Equal(8, chart.Points[1].UpperLimit);
        Assert.False(chart.Points[1].BeyondLimits);
        Assert.False(chart.Points[2].BeyondLimits);
    }

    [Fact]
    public void Build_ConstantSeries_GivesZeroSigmaAndNoSignals()
    {
        ControlChart chart = IndividualsChart.Build([4, 4, 4, 4], new ControlChartOptions { RunRules = ReferenceRules.All() });

        Assert.Equal(0, chart.Sigma);
        Assert.All(chart.Points, p => Assert.Equal(4, p.UpperLimit));
        Assert.All(chart.Points, p => Assert.Empty(p.Violations));
        Assert.All(chart.RangeChart!.Points, p => Assert.False(p.BeyondLimits));
    }

    [Fact]
    public void Build_ZeroMovingRangesInPhaseOne_FlagsALaterChangeAsBeyond()
    {
        ControlChart chart = IndividualsChart.Build([4, 4, 4, 5], new ControlChartOptions { PhaseOneCount = 3 });

        Assert.True(chart.Points[3].BeyondLimits);
        Assert.All(chart.Points, p => Assert.True(double.IsFinite(p.Sigma)));
    }

    [Fact]
    public void Build_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => IndividualsChart.Build([]));
    }

    [Fact]
    public void Build_OnePointWithoutKnownSigma_Throws()
    {
        Assert.Throws<ArgumentException>(() => IndividualsChart.Build([3]));
    }

    [Fact]
    public void Build_OnePointWithKnownSigma_IsJudged()
    {
        ControlChart chart = IndividualsChart.Build([3], new ControlChartOptions { Center = 0, Sigma = 0.5 });

        Assert.True(chart.Points[0].BeyondLimits);
        Assert.Empty(chart.RangeChart!.Points);
    }

    [Fact]
    public void Build_NonFiniteValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => IndividualsChart.Build([1, double.NaN, 2]));
    }

    [Fact]
    public void Build_ShiftedData_ShiftsCenterAndLimitsOnly()
    {
        (double[] values, int phaseOne) = Input("viscosity");
        var options = new ControlChartOptions { PhaseOneCount = phaseOne, RunRules = ReferenceRules.All() };

        ControlChart original = IndividualsChart.Build(values, options);
        ControlChart shifted = IndividualsChart.Build([.. values.Select(v => v + 100)], options);

        Approx.Equal(original.Center + 100, shifted.Center, 1e-9, "centre");
        Approx.Equal(original.Sigma, shifted.Sigma, 1e-9, "sigma");
        Assert.Equal(original.Points.Select(p => p.Violations.Count), shifted.Points.Select(p => p.Violations.Count));
    }

    private static (double[] Values, int PhaseOne) Input(string dataset)
    {
        double[] phase1 = Reference.At(dataset, "input", "phase1").Doubles();
        double[] phase2 = Reference.At(dataset, "input", "phase2").Doubles();
        return ([.. phase1, .. phase2], phase1.Length);
    }
}
