using CustomerComms.Reports.Model;

namespace CustomerComms.Api.Reports;

/// <summary>Which period's review is due at a moment: periods are whole calendar months aligned to 1 January.</summary>
public sealed record ReportSchedule(ReportFrequency Frequency, int DayOffset)
{
    /// <summary>
    /// The latest period whose review is due at <paramref name="now"/>: it ended more than <see cref="DayOffset"/> days
    /// before the UTC day of <paramref name="now"/> (with offset 1, the second quarter's review is due from 2 July).
    /// </summary>
    public ReportPeriod LatestDue(DateTimeOffset now)
    {
        var months = (int)Frequency;
        var day = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-DayOffset);
        var currentStart = new DateOnly(day.Year, (((day.Month - 1) / months) * months) + 1, 1);
        return ReportPeriod.Of(currentStart.AddMonths(-months), currentStart.AddDays(-1));
    }
}
