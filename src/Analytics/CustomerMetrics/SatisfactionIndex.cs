namespace CustomerComms.Analytics.CustomerMetrics;

/// <summary>
/// A 0–100 customer satisfaction index (CSI): the mean answer rescaled linearly so the lowest scale point is 0 and
/// the highest is 100, i.e. CSI = 100·(x̄ − min)/(max − min).
/// </summary>
/// <param name="Index">The index, 0 to 100.</param>
/// <param name="StandardError">100·SD/(√n·(max − min)), SD with the n − 1 divisor; 0 for a single answer.</param>
/// <param name="Lower">Lower bound of the Student-t interval, clamped to 0; null for a single answer.</param>
/// <param name="Upper">Upper bound of the Student-t interval, clamped to 100; null for a single answer.</param>
/// <param name="Count">Number of answers (for a combined index: the sum over attributes).</param>
/// <param name="ConfidenceLevel">Two-sided level of the interval.</param>
public sealed record SatisfactionIndex(
    double Index,
    double StandardError,
    double? Lower,
    double? Upper,
    int Count,
    double ConfidenceLevel) : IPeriodEstimate
{
    /// <inheritdoc/>
    double IPeriodEstimate.Value => Index;

    /// <summary>Computes the index from answers on a scale.</summary>
    /// <param name="scores">Answers on the scale.</param>
    /// <param name="scaleMin">Lowest scale point (e.g. 1).</param>
    /// <param name="scaleMax">Highest scale point (e.g. 5 or 10).</param>
    /// <param name="confidenceLevel">Two-sided level; default 0.95.</param>
    /// <exception cref="ArgumentException">No answers, an answer outside the scale, or an empty scale.</exception>
    public static SatisfactionIndex FromScores(IReadOnlyList<double> scores, double scaleMin, double scaleMax, double confidenceLevel = 0.95)
    {
        ScaleSummary s = ScaleSummary.Of(scores, scaleMin, scaleMax, confidenceLevel, nameof(scores));
        double width = scaleMax - scaleMin;
        double Rescale(double value) => 100 * (value - scaleMin) / width;
        return new SatisfactionIndex(
            Rescale(s.Mean),
            100 * s.StandardError / width,
            s.Lower is double lower ? Rescale(lower) : null,
            s.Upper is double upper ? Rescale(upper) : null,
            s.Count,
            confidenceLevel);
    }

    /// <summary>
    /// Combines per-attribute indices into one weighted index: Σw_i·CSI_i/Σw_i, with standard error
    /// √Σ(w_i/Σw)²·SE_i² assuming independent attributes, and a normal interval clamped to 0–100.
    /// </summary>
    /// <param name="attributes">Each attribute's index and its importance weight (non-negative, not all 0).</param>
    /// <param name="confidenceLevel">Two-sided level; default 0.95.</param>
    /// <exception cref="ArgumentException">No attributes, a negative or non-finite weight, or all weights 0.</exception>
    public static SatisfactionIndex Combine(IReadOnlyList<(SatisfactionIndex Index, double Weight)> attributes, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        double total = 0;
        foreach ((_, double weight) in attributes)
        {
            if (!double.IsFinite(weight) || weight < 0)
            {
                throw new ArgumentException("Weights must be finite and non-negative.", nameof(attributes));
            }

            total += weight;
        }

        if (total <= 0)
        {
            throw new ArgumentException("At least one attribute with a positive weight is needed.", nameof(attributes));
        }

        double index = 0;
        double variance = 0;
        int count = 0;
        foreach ((SatisfactionIndex attribute, double weight) in attributes)
        {
            double share = weight / total;
            index += share * attribute.Index;
            variance += share * share * attribute.StandardError * attribute.StandardError;
            count += attribute.Count;
        }

        double se = Math.Sqrt(variance);
        double z = CriticalValues.NormalQuantile(confidenceLevel);
        return new SatisfactionIndex(index, se, Math.Max(0, index - (z * se)), Math.Min(100, index + (z * se)), count, confidenceLevel);
    }
}
