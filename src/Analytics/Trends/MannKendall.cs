using MathNet.Numerics.Distributions;

namespace CustomerComms.Analytics.Trends;

/// <summary>Computes the Mann-Kendall trend test.</summary>
public static class MannKendall
{
    /// <summary>Tests a series, in time order, for a monotonic trend.</summary>
    /// <param name="values">Observations in time order (only the order matters, not the spacing).</param>
    /// <returns>The test; see <see cref="MannKendallTest"/> for formulas and the all-tied case.</returns>
    /// <exception cref="ArgumentException">Fewer than 2 values or a non-finite value.</exception>
    public static MannKendallTest Test(IReadOnlyList<double> values)
    {
        (double[] x, _) = TrendInput.Read(values, times: null, minimumCount: 2, requireIncreasingTimes: false);
        long n = x.Length;
        long pairs = n * (n - 1) / 2;
        var sorted = (double[])x.Clone();
        long inversions = PairCounting.SortCountingInversions(sorted);
        long tiedPairs = TieStatistics(sorted).TiedPairs;
        long s = pairs - tiedPairs - (2 * inversions);
        double variance = Variance(sorted);
        double z = variance <= 0 ? 0
            : s > 0 ? (s - 1) / Math.Sqrt(variance)
            : s < 0 ? (s + 1) / Math.Sqrt(variance)
            : 0;
        double p = variance <= 0 ? 1 : Math.Min(1, 2 * Normal.CDF(0, 1, -Math.Abs(z)));
        double denominator = Math.Sqrt((double)(pairs - tiedPairs) * pairs);
        double tau = denominator > 0 ? s / denominator : 0;
        return new MannKendallTest(s, variance, z, p, tau, x.Length);
    }

    /// <summary>Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18, from the values sorted ascending.</summary>
    internal static double Variance(double[] sorted)
    {
        long n = sorted.Length;
        return ((n * (n - 1) * ((2 * n) + 5)) - TieStatistics(sorted).VarianceTerm) / 18.0;
    }

    /// <summary>Σ t(t−1)/2 (tied pairs) and Σ t(t−1)(2t+5) over groups of equal values in a sorted array.</summary>
    internal static (long TiedPairs, double VarianceTerm) TieStatistics(double[] sorted)
    {
        long tiedPairs = 0;
        double term = 0;
        int start = 0;
        for (int i = 1; i <= sorted.Length; i++)
        {
            if (i == sorted.Length || sorted[i] != sorted[start])
            {
                long t = i - start;
                tiedPairs += t * (t - 1) / 2;
                term += (double)t * (t - 1) * ((2 * t) + 5);
                start = i;
            }
        }

        return (tiedPairs, term);
    }
}
