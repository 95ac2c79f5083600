using System.Globalization;
using CustomerComms.Analytics.ControlCharts;

namespace CustomerComms.Analytics.Tests.ControlCharts;

/// <summary>Properties every chart kind must keep, on random and degenerate input.</summary>
public sealed class ControlChartPropertyTests
{
    public static TheoryData<string> Series() => ["random", "constant", "zeros", "one spike", "two points"];

    [Theory]
    [MemberData(nameof(Series))]
    public void Build_AnyChartKind_NeverProducesNaNOrInfinity(string series)
    {
        double[] values = Values(series);
        double[] counts = [.. values.Select(v => Math.Round(Math.Abs(v)))];
        double[] sizes = [.. counts.Select(c => c + 10)];
        double[][] subgroups = [.. values.Select((v, i) => new[] { v, v + (i % 3), v - (i % 2) })];
        var options = new ControlChartOptions { RunRules = ReferenceRules.All() };

        ControlChart[] charts =
        [
            IndividualsChart.Build(values, options),
            XbarRChart.Build(subgroups, options),
            XbarSChart.Build(subgroups, options),
            PChart.Build(counts, sizes, options),
            NpChart.Build(counts, sizes, options),
            CChart.Build(counts, options),
            UChart.Build(counts, sizes, options),
            EwmaChart.Build(values, options: options),
        ];

        foreach (ControlChart chart in charts.Concat(charts.Select(c => c.RangeChart).OfType<ControlChart>()))
        {
            Assert.True(double.IsFinite(chart.Center) && double.IsFinite(chart.Sigma), $"{chart.Kind} header");
            Assert.All(chart.Points, p => Assert.True(
                double.IsFinite(p.Value) && double.IsFinite(p.Center) && double.IsFinite(p.LowerLimit)
                    && double.IsFinite(p.UpperLimit) && double.IsFinite(p.Sigma),
                $"{chart.Kind} point {p.Index}"));
        }
    }

    [Fact]
    public void Build_ShewhartCharts_LimitsAreSymmetricUnlessFloored()
    {
        double[] values = Values("random");

        ControlChart individuals = IndividualsChart.Build(values);
        ControlChart u = UChart.Build([.. values.Select(v => Math.Round(Math.Abs(v) * 10))], [.. values.Select(_ => 4.0)]);

        Assert.All(individuals.Points, p => Approx.Equal(p.UpperLimit - p.Center, p.Center - p.LowerLimit, 1e-12, "half widths"));
        Assert.All(u.Points.Where(p => p.LowerLimit > 0), p => Approx.Equal(p.UpperLimit - p.Center, p.Center - p.LowerLimit, 1e-12, "half widths"));
    }

    [Fact]
    public void Build_ScaledData_ScalesLimitsAndKeepsSignals()
    {
        double[] values = Values("random");
        var options = new ControlChartOptions { RunRules = ReferenceRules.All() };

        ControlChart original = IndividualsChart.Build(values, options);
        ControlChart scaled = IndividualsChart.Build([.. values.Select(v => v * 4)], options);

        Approx.Equal(original.Sigma * 4, scaled.Sigma, 1e-9, "sigma");
        Assert.Equal(original.Points.Select(p => string.Join(",", p.Violations)), scaled.Points.Select(p => string.Join(",", p.Violations)));
    }

    [Fact]
    public void Conventions_UnderACommaDecimalCulture_UseInvariantNumbers()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");

            ControlChart chart = IndividualsChart.Build([1, 2, 3], new ControlChartOptions { LimitWidth = 2.5 });

            Assert.Contains("± 2.5σ", chart.Conventions, StringComparison.Ordinal);
            Assert.DoesNotContain("2,5", chart.Conventions, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Points_AreReadOnlyAndIndexedLikeTheInput()
    {
        ControlChart chart = CChart.Build([3, 4, 5]);

        Assert.Equal([0, 1, 2], chart.Points.Select(p => p.Index));
        Assert.Throws<ArgumentOutOfRangeException>(() => chart.Points[3]);
        Assert.IsNotAssignableFrom<IList<ControlChartPoint>>(chart.Points);
    }

    private static double[] Values(string series)
    {
        var random = new Random(7);
        return series switch
        {
            "constant" => [.. Enumerable.Repeat(5.0, 20)],
            "zeros" => new double[20],
            "one spike" => [.. Enumerable.Range(0, 20).Select(i => i == 10 ? 50.0 : 5.0)],
            "two points" => [1, 2],
            _ => [.. Enumerable.Range(0, 60).Select(_ => 10 + (3 * random.NextDouble()))],
        };
    }
}
