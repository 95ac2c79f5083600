using CustomerComms.Analytics.Benchmarks;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Tests.ControlCharts;

/// <summary>
/// Large charts on the benchmark series, every point and every violation compared with fingerprints taken from an
/// earlier, plainer implementation: optimisations must not change a single bit of any result.
/// </summary>
public sealed class ChartFingerprintTests
{
    private static readonly double[] Series = BenchmarkSeries.Process(1_000_000);

    private static readonly RunRuleSettings NelsonOneToEight = RunRuleSettings.For(
        RunRule.Nelson1, RunRule.Nelson2, RunRule.Nelson3, RunRule.Nelson4, RunRule.Nelson5, RunRule.Nelson6, RunRule.Nelson7, RunRule.Nelson8);

    [Fact]
    public void IndividualsChart_BenchmarkSeriesWithNelsonOneToEight_MatchesPinnedFingerprint()
    {
        ControlChart chart = IndividualsChart.Build(Series, new ControlChartOptions { RunRules = NelsonOneToEight });

        Assert.Equal("7661092485D8177B5504431D924551AFF3FE26650818B575560D4BAC7575B01D", ChartFingerprint.Of(chart));
    }

    [Fact]
    public void IndividualsChart_StagesPhasesExclusionsAndEveryRule_MatchesPinnedFingerprint()
    {
        ControlChart chart = IndividualsChart.Build(Series, new ControlChartOptions
        {
            StageStarts = [100_003, 250_000, 250_010, 600_064],
            PhaseOneCount = 40_000,
            Excluded = [0, 5, 6, 7, 100_002, 100_003, 250_001, 333_333, 999_999],
            RunRules = new RunRuleSettings
            {
                Rules = Enum.GetValues<RunRule>(),
                Nelson8Reading = Nelson8Reading.BothSides,
                NelsonSameSideRunLength = 7,
                WesternElectricSameSideRunLength = 10,
            },
        });

        Assert.Equal("8417878E00717D63F046C1C15181EEF30030A7D31212D75DBEB3E6D7D66EC1FA", ChartFingerprint.Of(chart));
    }

    [Fact]
    public void IndividualsChart_KnownStandardsOffCentreWithRunsLongerThanAWord_MatchesPinnedFingerprint()
    {
        ControlChart chart = IndividualsChart.Build(Series, new ControlChartOptions
        {
            Center = 45.5,
            Sigma = 2.1,
            RunRules = new RunRuleSettings { Rules = Enum.GetValues<RunRule>(), NelsonSameSideRunLength = 70, WesternElectricSameSideRunLength = 64 },
        });

        Assert.Contains(chart.Points, p => p.Violations.Contains(RunRule.Nelson2));
        Assert.Contains(chart.Points, p => p.Violations.Contains(RunRule.WesternElectric4));

        Assert.Equal("3882AF4F8B3CAAC3E0608F357C7BBBD029FD5D2015288D08499C51F6FDC62D65", ChartFingerprint.Of(chart));
    }

    [Fact]
    public void IndividualsChart_ConstantStageAndKnownZeroSigma_MatchesPinnedFingerprint()
    {
        double[] values = [.. Enumerable.Repeat(50.0, 300), .. Series.Take(10_000), .. Enumerable.Repeat(48.0, 200), .. Series.Take(5_000).Select(x => Math.Round(x))];
        ControlChart chart = IndividualsChart.Build(values, new ControlChartOptions
        {
            StageStarts = [300, 10_300, 10_500],
            RunRules = new RunRuleSettings { Rules = Enum.GetValues<RunRule>() },
        });
        ControlChart known = IndividualsChart.Build(values, new ControlChartOptions
        {
            Center = 50,
            Sigma = 0,
            RunRules = new RunRuleSettings { Rules = Enum.GetValues<RunRule>(), Nelson8Reading = Nelson8Reading.BothSides },
        });

        Assert.Equal("7767C5DF28909DE604EB908B4BCA81641FF8D8BF8F210F20FCFAE104B054A8EE", ChartFingerprint.Of(chart));
        Assert.Equal("A10EEF1BCF51DCD41BBF48BEFD468447E5CA704383D8CB688F46AD8139F56943", ChartFingerprint.Of(known));
    }

    [Fact]
    public void VariableLimitCharts_EveryRule_MatchPinnedFingerprints()
    {
        var all = new RunRuleSettings { Rules = Enum.GetValues<RunRule>(), Nelson8Reading = Nelson8Reading.BothSides };
        double[] sizes = [.. Enumerable.Range(0, 100_000).Select(i => 20.0 + (i % 7))];
        double[] counts = [.. Series.Take(100_000).Select((x, i) => Math.Max(0, Math.Round((x - 44) * sizes[i] / 10)))];

        ControlChart u = UChart.Build(counts, sizes, new ControlChartOptions { RunRules = all, StageStarts = [50_000] });
        ControlChart ewma = EwmaChart.Build(Series.Take(100_000).ToArray(), 0.2, new ControlChartOptions { RunRules = all, PhaseOneCount = 5_000 });

        Assert.Equal("AEEBB13F20D5E34C91F4E7B6242FAB5A5681210301EEBFFE610A1750FD2DC5E1", ChartFingerprint.Of(u));
        Assert.Equal("672466D876F2E21103F9B5ADBBDA6BFCDFE5DC5F3D73C6D2F674CB3FBD31F665", ChartFingerprint.Of(ewma));
    }
}
