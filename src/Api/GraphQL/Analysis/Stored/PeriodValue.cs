namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>One period of an indicator's stored measurements.</summary>
/// <param name="PeriodStart">The first day of the period.</param>
/// <param name="PeriodEnd">The last day of the period.</param>
/// <param name="Value">The mean of the measurements whose own period starts in it.</param>
/// <param name="Measurements">How many measurements were averaged.</param>
/// <param name="SampleSize">The sum of their sample sizes, when any was recorded.</param>
internal sealed record PeriodValue(DateOnly PeriodStart, DateOnly PeriodEnd, double Value, int Measurements, int? SampleSize);
