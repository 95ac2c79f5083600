using CustomerComms.Analytics.Trends;

namespace CustomerComms.Analytics.Tests.Trends;

public sealed class SenSlopeEstimatorTests
{
    [Fact]
    public void Estimate_SmallExample_MatchesHandComputation()
    {
        // Ten pairwise slopes sorted: −1, −1, 1/3, 1/2, 3/4, 1, 1, 4/3, 2, 3 → median (3/4 + 1)/2.
        // Var(S) = 50/3, C = 1.96·√Var = 8.0015 → ranks round(0.999) = 1 and round(9.0008) + 1 = 10.
        SenSlope sen = SenSlopeEstimator.Estimate([1, 3, 2, 5, 4]);

        Approx.Equal(0.875, sen.Slope, 1e-15, "slope");
        Approx.Equal(0.125, sen.Intercept, 1e-15, "intercept = median(y − b·t)");
        Approx.Equal(-1, sen.Lower, 1e-15, "lower");
        Approx.Equal(3, sen.Upper, 1e-15, "upper");
    }

    [Fact]
    public void Estimate_UnequalTimes_UsesTimeDifferences()
    {
        SenSlope sen = SenSlopeEstimator.Estimate([0, 1, 2, 30], [0, 10, 20, 30]);

        // Slopes: 0.1, 0.1, 1, 0.1, 29/20, 1.4 → sorted 0.1, 0.1, 0.1, 1, 1.4, 1.45 → median 0.55.
        Approx.Equal(0.55, sen.Slope, 1e-15, "slope");
    }

    [Fact]
    public void Estimate_OutlierDoesNotMoveTheSlope()
    {
        SenSlope sen = SenSlopeEstimator.Estimate([1, 2, 3, 400, 5, 6, 7]);

        Approx.Equal(1, sen.Slope, 1e-15, "slope");
    }

    public static TheoryData<string> LongSeries() => ["noisy", "ties", "unequal times", "outliers"];

    [Theory]
    [MemberData(nameof(LongSeries))]
    public void Estimate_LongSeries_MatchesFullEnumeration(string kind)
    {
        var random = new Random(2024);
        int n = SenSlopeEstimator.ExactPairLimit + 500;
        double[] times = kind == "unequal times"
            ? [.. Enumerable.Range(0, n).Select(i => (i * 1.5) + (i % 7 == 0 ? 0.25 : 0))]
            : [.. Enumerable.Range(1, n).Select(i => (double)i)];
        double[] values = kind switch
        {
            "ties" => [.. Enumerable.Range(0, n).Select(i => Math.Round((0.002 * i) + (3 * random.NextDouble())))],
            "outliers" => [.. Enumerable.Range(0, n).Select(i => (0.002 * i) + (i % 50 == 0 ? 1000 : random.NextDouble()))],
            _ => [.. Enumerable.Range(0, n).Select(i => (0.002 * i) + random.NextDouble())],
        };
        var slopes = new List<double>();
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                slopes.Add((values[j] - values[i]) / (times[j] - times[i]));
            }
        }

        slopes.Sort();
        int pairs = slopes.Count;
        double median = pairs % 2 == 1 ? slopes[pairs / 2] : (slopes[(pairs / 2) - 1] + slopes[pairs / 2]) / 2;
        double c = 1.959963984540054 * Math.Sqrt(MannKendall.Test(values).Variance);

        SenSlope sen = SenSlopeEstimator.Estimate(values, times);

        Approx.Equal(median, sen.Slope, 1e-12, "slope");
        Approx.Equal(slopes[(int)Math.Round((pairs - c) / 2, MidpointRounding.AwayFromZero) - 1], sen.Lower, 1e-12, "lower");
        Approx.Equal(slopes[(int)Math.Round((pairs + c) / 2, MidpointRounding.AwayFromZero)], sen.Upper, 1e-12, "upper");
    }

    [Fact]
    public void Estimate_TimesNotIncreasing_Throws()
    {
        Assert.Throws<ArgumentException>(() => SenSlopeEstimator.Estimate([1, 2, 3], [1, 3, 2]));
    }

    [Fact]
    public void Estimate_ConstantSeries_GivesZeroSlopeAndInterval()
    {
        SenSlope sen = SenSlopeEstimator.Estimate([4, 4, 4]);

        Assert.Equal(0, sen.Slope);
        Assert.Equal(4, sen.Intercept);
        Assert.Equal(0, sen.Lower);
        Assert.Equal(0, sen.Upper);
    }
}
