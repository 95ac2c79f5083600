using System.Text.Json.Serialization;

namespace CustomerComms.Reports.Model;

/// <summary>An inclusive range of calendar days (UTC) that a review covers.</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day, included.</param>
public sealed record ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The first instant of the period (UTC midnight of <see cref="From"/>).</summary>
    [JsonIgnore]
    public DateTime Start => From.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The first instant after the period (UTC midnight after <see cref="To"/>).</summary>
    [JsonIgnore]
    public DateTime End => To.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>
    /// The period of equal length just before this one: whole calendar months when this period is whole months
    /// (January–June gives July–December of the year before), otherwise the same number of days.
    /// </summary>
    [JsonIgnore]
    public ReportPeriod Previous
    {
        get
        {
            if (From.Day == 1 && To.AddDays(1).Day == 1)
            {
                var months = ((To.Year - From.Year) * 12) + To.Month - From.Month + 1;
                return new ReportPeriod(From.AddMonths(-months), From.AddDays(-1));
            }

            var days = To.DayNumber - From.DayNumber + 1;
            return new ReportPeriod(From.AddDays(-days), From.AddDays(-1));
        }
    }

    /// <summary>The first day of each calendar month the period touches, in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<DateOnly> Months
    {
        get
        {
            var months = new List<DateOnly>();
            for (var month = new DateOnly(From.Year, From.Month, 1); month <= To; month = month.AddMonths(1))
            {
                months.Add(month);
            }

            return months;
        }
    }

    /// <summary>Creates a period, checking that it does not end before it starts.</summary>
    public static ReportPeriod Of(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException("The period cannot end before it starts.", nameof(to));
        }

        return new ReportPeriod(from, to);
    }
}
