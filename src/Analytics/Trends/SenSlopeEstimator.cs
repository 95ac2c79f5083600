using MathNet.Numerics.Distributions;

namespace CustomerComms.Analytics.Trends;

/// <summary>Computes the Theil-Sen slope with its confidence interval.</summary>
/// <remarks>
/// Up to <see cref="ExactPairLimit"/> points every pairwise slope is computed and sorted. Beyond that the needed order
/// statistics are selected without listing all pairs, in expected O(n log n) time per rank (see
/// <see cref="PairwiseSlopeSelection"/>); the selected value is one of the pairwise slopes, exactly as enumeration
/// would give it unless two slopes differ only in their last bits.
/// </remarks>
public static class SenSlopeEstimator
{
    /// <summary>The largest series for which all pairwise slopes are listed.</summary>
    public const int ExactPairLimit = 2000;

    /// <summary>Estimates the slope, intercept and confidence interval.</summary>
    /// <param name="values">Observations.</param>
    /// <param name="times">Strictly increasing times in any unit (slope is per that unit); null means 1, 2, …, n.</param>
    /// <param name="confidenceLevel">Two-sided confidence level in (0, 1); default 0.95.</param>
    /// <exception cref="ArgumentException">Fewer than 2 values, non-finite input, mismatched lengths or times not strictly increasing.</exception>
    public static SenSlope Estimate(IReadOnlyList<double> values, IReadOnlyList<double>? times = null, double confidenceLevel = 0.95)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), "The confidence level must lie in (0, 1).");
        }

        (double[] y, double[] t) = TrendInput.Read(values, times, minimumCount: 2, requireIncreasingTimes: true);
        long n = y.Length;
        long pairs = n * (n - 1) / 2;
        // Only the variance of Mann-Kendall's S is needed, which depends on the ties alone: no pairs to count.
        var sorted = (double[])y.Clone();
        Array.Sort(sorted);
        double variance = MannKendall.Variance(sorted);
        double c = Normal.InvCDF(0, 1, 1 - ((1 - confidenceLevel) / 2)) * Math.Sqrt(variance);
        long lowerRank = Math.Clamp((long)Math.Round((pairs - c) / 2, MidpointRounding.AwayFromZero), 1, pairs);
        long upperRank = Math.Clamp((long)Math.Round((pairs + c) / 2, MidpointRounding.AwayFromZero) + 1, 1, pairs);
        long middleLow = (pairs + 1) / 2;
        long middleHigh = (pairs / 2) + 1;

        Func<long, double> slopeOfRank = y.Length <= ExactPairLimit ? SortedSlopes(y, t) : new PairwiseSlopeSelection(y, t).SlopeOfRank;
        double slope = middleLow == middleHigh ? slopeOfRank(middleLow) : (slopeOfRank(middleLow) + slopeOfRank(middleHigh)) / 2;
        var residuals = new double[y.Length];
        for (int i = 0; i < y.Length; i++)
        {
            residuals[i] = y[i] - (slope * t[i]);
        }

        Array.Sort(residuals);
        int m = residuals.Length;
        double intercept = m % 2 == 1 ? residuals[m / 2] : (residuals[(m / 2) - 1] + residuals[m / 2]) / 2;
        return new SenSlope(slope, intercept, slopeOfRank(lowerRank), slopeOfRank(upperRank), confidenceLevel);
    }

    private static Func<long, double> SortedSlopes(double[] y, double[] t)
    {
        int n = y.Length;
        var slopes = new double[(long)n * (n - 1) / 2];
        int k = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                slopes[k++] = (y[j] - y[i]) / (t[j] - t[i]);
            }
        }

        Array.Sort(slopes);
        return rank => slopes[rank - 1];
    }
}
