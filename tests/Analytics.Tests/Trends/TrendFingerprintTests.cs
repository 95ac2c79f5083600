using CustomerComms.Analytics.Benchmarks;
using CustomerComms.Analytics.Trends;

namespace CustomerComms.Analytics.Tests.Trends;

/// <summary>
/// Trend analysis of the benchmark series, compared exactly with the results of an earlier, plainer implementation:
/// optimisations of the pair counting and slope selection must not change a single bit.
/// </summary>
public sealed class TrendFingerprintTests
{
    [Theory]
    [InlineData(10_000, 39635563L, 111126786303.0, 118.89829940431503, 0.7931472777565248, 0.0009946930712000932, 0.019917627884728617, 0.0009877446891705516, 0.001001656238570906)]
    [InlineData(100_000, 4887659660L, 111112766437455.33, 463.68065457510835, 0.9775898856931798, 0.0009999640483358651, -0.0015660690294320156, 0.0009997423452529277, 0.0010001835425103584)]
    public void Analyze_BenchmarkSeries_MatchesPinnedResultsExactly(
        int count, long s, double variance, double z, double tau, double senSlope, double senIntercept, double senLower, double senUpper)
    {
        TrendAnalysis analysis = TrendAnalyzer.Analyze(BenchmarkSeries.Trend(count));

        Assert.Equal(s, analysis.MannKendall.S);
        Assert.Equal(variance, analysis.MannKendall.Variance);
        Assert.Equal(z, analysis.MannKendall.Z);
        Assert.Equal(tau, analysis.MannKendall.Tau);
        Assert.Equal(senSlope, analysis.Sen.Slope);
        Assert.Equal(senIntercept, analysis.Sen.Intercept);
        Assert.Equal(senLower, analysis.Sen.Lower);
        Assert.Equal(senUpper, analysis.Sen.Upper);
    }
}
