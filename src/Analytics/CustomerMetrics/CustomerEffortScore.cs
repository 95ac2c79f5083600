namespace CustomerComms.Analytics.CustomerMetrics;

/// <summary>Customer Effort Score: the mean answer on an effort scale (by default 1–7, higher = easier).</summary>
/// <param name="Mean">Mean answer, in scale points.</param>
/// <param name="StandardDeviation">Sample standard deviation (n − 1 divisor); null for a single answer.</param>
/// <param name="StandardError">SD/√n; 0 for a single answer (no spread can be estimated; compare such periods with care).</param>
/// <param name="Lower">Lower bound of the Student-t interval of the mean, clamped to the scale; null for a single answer.</param>
/// <param name="Upper">Upper bound of the Student-t interval, clamped to the scale; null for a single answer.</param>
/// <param name="Count">Number of answers.</param>
/// <param name="ConfidenceLevel">Two-sided level of the interval.</param>
public sealed record CustomerEffortScore(
    double Mean,
    double? StandardDeviation,
    double StandardError,
    double? Lower,
    double? Upper,
    int Count,
    double ConfidenceLevel) : IPeriodEstimate
{
    /// <inheritdoc/>
    double IPeriodEstimate.Value => Mean;

    /// <summary>Computes the CES.</summary>
    /// <param name="scores">Answers on the scale.</param>
    /// <param name="scaleMin">Lowest scale point; default 1.</param>
    /// <param name="scaleMax">Highest scale point; default 7.</param>
    /// <param name="confidenceLevel">Two-sided level; default 0.95.</param>
    /// <exception cref="ArgumentException">No answers, an answer outside the scale, or an empty scale.</exception>
    public static CustomerEffortScore FromScores(IReadOnlyList<double> scores, double scaleMin = 1, double scaleMax = 7, double confidenceLevel = 0.95)
    {
        ScaleSummary s = ScaleSummary.Of(scores, scaleMin, scaleMax, confidenceLevel, nameof(scores));
        return new CustomerEffortScore(s.Mean, s.StandardDeviation, s.StandardError, s.Lower, s.Upper, s.Count, confidenceLevel);
    }
}
