using BenchmarkDotNet.Attributes;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Benchmarks;

/// <summary>The XmR chart (individuals and moving range) with Nelson rules 1–8 over a million points.</summary>
[MemoryDiagnoser]
public class IndividualsChartBenchmarks
{
    private static readonly ControlChartOptions NelsonOneToEight = new()
    {
        RunRules = RunRuleSettings.For(
            RunRule.Nelson1,
            RunRule.Nelson2,
            RunRule.Nelson3,
            RunRule.Nelson4,
            RunRule.Nelson5,
            RunRule.Nelson6,
            RunRule.Nelson7,
            RunRule.Nelson8),
    };

    private double[] _values = [];

    /// <summary>Number of observations.</summary>
    [Params(1_000_000)]
    public int Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _values = BenchmarkSeries.Process(Points);
        ControlChart chart = IndividualsChart.Build(_values, NelsonOneToEight);
        for (int rule = 2; rule <= 8; rule++)
        {
            var expected = (RunRule)(rule - 1);
            if (!chart.Points.Any(p => p.Violations.Contains(expected)))
            {
                throw new InvalidOperationException($"The benchmark series never triggers {expected}.");
            }
        }
    }

    /// <summary>Builds both charts and judges every point of each against Nelson 1–8.</summary>
    [Benchmark]
    public ControlChart XmRNelson1To8() => IndividualsChart.Build(_values, NelsonOneToEight);
}
