using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Satisfaction;

/// <summary>
/// One value of a customer satisfaction indicator for one period (ISO 9001 §9.1.2). An indicator has at most one
/// measurement per period; recorded through <see cref="CsiIndicator.RecordMeasurement"/>.
/// </summary>
public sealed class CsiMeasurement : Entity
{
    public const int NoteMaxLength = 1000;

    private CsiMeasurement()
    {
    }

    internal CsiMeasurement(DateOnly periodStart, DateOnly periodEnd, double value, int? sampleSize, string? note)
    {
        PeriodStart = periodStart;
        PeriodEnd = periodEnd;
        Value = value;
        SampleSize = sampleSize;
        Note = note;
    }

    public int CsiIndicatorId { get; private set; }

    /// <summary>First day of the period.</summary>
    public DateOnly PeriodStart { get; private set; }

    /// <summary>Last day of the period (inclusive).</summary>
    public DateOnly PeriodEnd { get; private set; }

    public double Value { get; private set; }

    /// <summary>How many responses or cases the value is based on, when known.</summary>
    public int? SampleSize { get; private set; }

    public string? Note { get; private set; }

    internal bool Overlaps(DateOnly start, DateOnly end)
    {
        return start <= PeriodEnd && end >= PeriodStart;
    }
}
