namespace CustomerComms.Analytics.CustomerMetrics;

/// <summary>Mean, sample standard deviation (n − 1) and t interval of answers on a numeric scale.</summary>
internal sealed record ScaleSummary(double Mean, double? StandardDeviation, double StandardError, double? Lower, double? Upper, int Count)
{
    public static ScaleSummary Of(IReadOnlyList<double> scores, double scaleMin, double scaleMax, double confidenceLevel, string name)
    {
        ArgumentNullException.ThrowIfNull(scores, name);
        if (!(scaleMin < scaleMax) || !double.IsFinite(scaleMin) || !double.IsFinite(scaleMax))
        {
            throw new ArgumentException("The scale minimum must be below its maximum.", name);
        }

        if (scores.Count == 0)
        {
            throw new ArgumentException("At least one answer is needed.", name);
        }

        foreach (double score in scores)
        {
            if (!(score >= scaleMin && score <= scaleMax))
            {
                throw new ArgumentException(FormattableString.Invariant($"Answers lie between {scaleMin} and {scaleMax}; got {score}."), name);
            }
        }

        int n = scores.Count;
        double mean = scores.Average();
        if (n < 2)
        {
            CriticalValues.Validate(confidenceLevel);
            return new ScaleSummary(mean, null, 0, null, null, n);
        }

        double sd = Math.Sqrt(scores.Sum(s => (s - mean) * (s - mean)) / (n - 1));
        double se = sd / Math.Sqrt(n);
        double t = CriticalValues.StudentQuantile(confidenceLevel, n - 1);
        return new ScaleSummary(mean, sd, se, Math.Max(scaleMin, mean - (t * se)), Math.Min(scaleMax, mean + (t * se)), n);
    }
}
