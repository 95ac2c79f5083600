namespace CustomerComms.Analytics.CustomerMetrics;

/// <summary>A metric estimated from one period's responses, with its standard error, so two periods can be compared.</summary>
public interface IPeriodEstimate
{
    /// <summary>The estimate in the metric's own units (NPS points, percent, scale points, index points).</summary>
    double Value { get; }

    /// <summary>The standard error of <see cref="Value"/>, in the same units.</summary>
    double StandardError { get; }
}
