namespace CustomerComms.Analytics.CustomerMetrics;

/// <summary>
/// Net Promoter Score from 0–10 likelihood-to-recommend answers: promoters 9–10, passives 7–8, detractors 0–6;
/// NPS = 100·(promoters − detractors)/n, from −100 to 100.
/// </summary>
/// <param name="Score">The NPS in points (−100 to 100).</param>
/// <param name="Promoters">Answers of 9 or 10.</param>
/// <param name="Passives">Answers of 7 or 8.</param>
/// <param name="Detractors">Answers of 0 to 6.</param>
/// <param name="Count">All answers, n.</param>
/// <param name="StandardError">Wald standard error in points: 100·√((p_P + p_D − (p_P − p_D)²)/n) (multinomial, n divisor).</param>
/// <param name="WaldLower">Score − z·SE, clamped to −100.</param>
/// <param name="WaldUpper">Score + z·SE, clamped to 100.</param>
/// <param name="AdjustedWaldLower">
/// Adjusted-Wald lower bound (Rocks 2016): add 3/4 of a response to promoters and to detractors and 3/2 to passives
/// (n + 3 in all), then the Wald interval of the adjusted proportions; clamped to −100. Better coverage for small n
/// and extreme scores, and never zero width.
/// </param>
/// <param name="AdjustedWaldUpper">Adjusted-Wald upper bound, clamped to 100.</param>
/// <param name="ConfidenceLevel">Two-sided level of the intervals, e.g. 0.95 (z = 1.959964).</param>
public sealed record NetPromoterScore(
    double Score,
    int Promoters,
    int Passives,
    int Detractors,
    int Count,
    double StandardError,
    double WaldLower,
    double WaldUpper,
    double AdjustedWaldLower,
    double AdjustedWaldUpper,
    double ConfidenceLevel) : IPeriodEstimate
{
    /// <inheritdoc/>
    double IPeriodEstimate.Value => Score;

    /// <summary>Computes the NPS of a set of answers.</summary>
    /// <param name="scores">Answers on the 0–10 scale.</param>
    /// <param name="confidenceLevel">Two-sided level of the intervals; default 0.95.</param>
    /// <exception cref="ArgumentException">No answers, or an answer outside 0–10.</exception>
    public static NetPromoterScore FromScores(IReadOnlyList<int> scores, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(scores);
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        foreach (int score in scores)
        {
            switch (score)
            {
                case >= 9 and <= 10: promoters++; break;
                case >= 7 and <= 8: passives++; break;
                case >= 0 and <= 6: detractors++; break;
                default: throw new ArgumentException(FormattableString.Invariant($"NPS answers lie between 0 and 10; got {score}."), nameof(scores));
            }
        }

        return FromCounts(promoters, passives, detractors, confidenceLevel);
    }

    /// <summary>Computes the NPS from counts of promoters, passives and detractors.</summary>
    /// <exception cref="ArgumentException">A negative count, or no answers at all.</exception>
    public static NetPromoterScore FromCounts(int promoters, int passives, int detractors, double confidenceLevel = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(promoters);
        ArgumentOutOfRangeException.ThrowIfNegative(passives);
        ArgumentOutOfRangeException.ThrowIfNegative(detractors);
        int n = promoters + passives + detractors;
        if (n == 0)
        {
            throw new ArgumentException("An NPS needs at least one answer.", nameof(promoters));
        }

        double z = CriticalValues.NormalQuantile(confidenceLevel);
        (double score, double se) = Estimate(promoters, detractors, n);
        (double adjusted, double adjustedSe) = Estimate(promoters + 0.75, detractors + 0.75, n + 3);
        return new NetPromoterScore(
            score,
            promoters,
            passives,
            detractors,
            n,
            se,
            Clamp(score - (z * se)),
            Clamp(score + (z * se)),
            Clamp(adjusted - (z * adjustedSe)),
            Clamp(adjusted + (z * adjustedSe)),
            confidenceLevel);
    }

    private static (double Score, double StandardError) Estimate(double promoters, double detractors, double n)
    {
        double pP = promoters / n;
        double pD = detractors / n;
        double difference = pP - pD;
        double variance = Math.Max(0, pP + pD - (difference * difference)) / n;
        return (100 * difference, 100 * Math.Sqrt(variance));
    }

    private static double Clamp(double value) => Math.Clamp(value, -100, 100);
}
