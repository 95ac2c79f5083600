namespace CustomerComms.Analytics.CustomerMetrics;

/// <summary>The change of a metric from one period to the next, with its standard error and a z test.</summary>
/// <param name="Difference">Current − previous, in the metric's units.</param>
/// <param name="StandardError">√(SE_current² + SE_previous²): the periods are treated as independent samples.</param>
/// <param name="Lower">Difference − z·SE.</param>
/// <param name="Upper">Difference + z·SE.</param>
/// <param name="Z">Difference/SE; 0 when both are 0; null when SE = 0 but the difference is not (no spread to test against).</param>
/// <param name="PValue">Two-sided normal p-value of "no change"; 1 when Z = 0, 0 when Z is null.</param>
/// <param name="ConfidenceLevel">Two-sided level of the interval.</param>
public sealed record PeriodDifference(double Difference, double StandardError, double Lower, double Upper, double? Z, double PValue, double ConfidenceLevel)
{
    /// <summary>Compares two periods' estimates of the same metric.</summary>
    /// <param name="current">The later period.</param>
    /// <param name="previous">The earlier period.</param>
    /// <param name="confidenceLevel">Two-sided level; default 0.95.</param>
    public static PeriodDifference Between(IPeriodEstimate current, IPeriodEstimate previous, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        double difference = current.Value - previous.Value;
        double se = Math.Sqrt((current.StandardError * current.StandardError) + (previous.StandardError * previous.StandardError));
        double critical = CriticalValues.NormalQuantile(confidenceLevel);
        double? z = se > 0 ? difference / se : difference == 0 ? 0 : null;
        double p = z is double value ? Math.Min(1, 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Abs(value))) : 0;
        return new PeriodDifference(difference, se, difference - (critical * se), difference + (critical * se), z, p, confidenceLevel);
    }
}
