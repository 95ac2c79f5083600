namespace CustomerComms.Analytics.CustomerMetrics;

/// <summary>CSAT as the top-two-box percentage: the share of answers in the two highest points of a 1..scaleMax scale.</summary>
/// <param name="Percent">100·satisfied/n.</param>
/// <param name="Satisfied">Answers of scaleMax − 1 or scaleMax.</param>
/// <param name="Count">All answers, n.</param>
/// <param name="StandardError">Wald standard error in percentage points, 100·√(p(1−p)/n).</param>
/// <param name="WilsonLower">Wilson score interval lower bound, in percent.</param>
/// <param name="WilsonUpper">Wilson score interval upper bound, in percent (stays inside 0–100 and is not degenerate at 0 % or 100 %).</param>
/// <param name="ConfidenceLevel">Two-sided level of the interval, e.g. 0.95.</param>
public sealed record CustomerSatisfaction(
    double Percent,
    int Satisfied,
    int Count,
    double StandardError,
    double WilsonLower,
    double WilsonUpper,
    double ConfidenceLevel) : IPeriodEstimate
{
    /// <inheritdoc/>
    double IPeriodEstimate.Value => Percent;

    /// <summary>Computes top-two-box CSAT.</summary>
    /// <param name="scores">Answers on the 1..scaleMax scale.</param>
    /// <param name="scaleMax">Highest scale point, at least 3; default 5.</param>
    /// <param name="confidenceLevel">Two-sided level of the interval; default 0.95.</param>
    /// <exception cref="ArgumentException">No answers, an answer outside 1..scaleMax, or scaleMax below 3.</exception>
    public static CustomerSatisfaction FromScores(IReadOnlyList<int> scores, int scaleMax = 5, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentOutOfRangeException.ThrowIfLessThan(scaleMax, 3);
        if (scores.Count == 0)
        {
            throw new ArgumentException("CSAT needs at least one answer.", nameof(scores));
        }

        int satisfied = 0;
        foreach (int score in scores)
        {
            if (score < 1 || score > scaleMax)
            {
                throw new ArgumentException(FormattableString.Invariant($"Answers lie between 1 and {scaleMax}; got {score}."), nameof(scores));
            }

            if (score >= scaleMax - 1)
            {
                satisfied++;
            }
        }

        return FromCounts(satisfied, scores.Count, confidenceLevel);
    }

    /// <summary>Computes CSAT from the number of satisfied (top-two-box) answers out of all answers.</summary>
    /// <exception cref="ArgumentException">No answers, or satisfied outside 0..count.</exception>
    public static CustomerSatisfaction FromCounts(int satisfied, int count, double confidenceLevel = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(satisfied);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(satisfied, count);
        double z = CriticalValues.NormalQuantile(confidenceLevel);
        double n = count;
        double p = satisfied / n;
        double z2 = z * z;
        double center = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z / (1 + (z2 / n)) * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        return new CustomerSatisfaction(
            100 * p,
            satisfied,
            count,
            100 * Math.Sqrt(p * (1 - p) / n),
            100 * Math.Max(0, center - half),
            100 * Math.Min(1, center + half),
            confidenceLevel);
    }
}
