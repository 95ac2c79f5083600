using BenchmarkDotNet.Attributes;
using CustomerComms.Analytics.Trends;

namespace CustomerComms.Analytics.Benchmarks;

/// <summary>Trend analysis (OLS, Mann-Kendall with tie correction, Sen's slope with its interval).</summary>
[MemoryDiagnoser]
public class TrendBenchmarks
{
    private double[] _values = [];

    /// <summary>Number of observations.</summary>
    [Params(10_000, 100_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup() => _values = BenchmarkSeries.Trend(Points);

    /// <summary>All three through <see cref="TrendAnalyzer.Analyze" />.</summary>
    [Benchmark]
    public TrendAnalysis Analyze() => TrendAnalyzer.Analyze(_values);
}
