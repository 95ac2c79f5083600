using System.Globalization;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>
/// The <c>from</c>, <c>to</c> and <c>period</c> arguments of an analysis over stored data: which records count (by
/// their date, both ends inclusive) and how they are grouped. Grouping happens in SQL (SQLite date functions); the
/// expressions are fixed text chosen by the period, never built from input.
/// </summary>
internal sealed record PeriodWindow(DateOnly? From, DateOnly? To, AnalysisPeriod Period)
{
    /// <summary>The most periods one analysis may span (about 20 years of weeks), so a request cannot ask for unbounded work.</summary>
    public const int MaxPeriods = 1_040;

    public static PeriodWindow FromArguments(ResolveContext context)
    {
        var from = context.Argument<DateOnly?>("from");
        var to = context.Argument<DateOnly?>("to");
        if (from is { } start && to is { } end && start > end)
        {
            throw UserInput.Error(string.Create(CultureInfo.InvariantCulture, $"`from` ({start:yyyy-MM-dd}) must not be after `to` ({end:yyyy-MM-dd})."));
        }

        return new PeriodWindow(from, to, context.Argument<AnalysisPeriod?>("period") ?? AnalysisPeriod.Month);
    }

    /// <summary>The first instant counted (UTC), or the earliest representable one.</summary>
    public DateTime Start => From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Utc);

    /// <summary>The first instant not counted: midnight after <see cref="To" />.</summary>
    public DateTime End => To is { } to && to < DateOnly.MaxValue ? to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc);

    public DateOnly FirstDate => From ?? DateOnly.MinValue;

    public DateOnly LastDate => To ?? DateOnly.MaxValue;

    /// <summary>The SQL (SQLite) expression of the first day of the period that holds <paramref name="column" />, as yyyy-MM-dd text.</summary>
    public string BucketSql(string column) => Period switch
    {
        AnalysisPeriod.Week => $"date({column}, '-' || ((CAST(strftime('%w', {column}) AS INTEGER) + 6) % 7) || ' days')",
        AnalysisPeriod.Month => $"strftime('%Y-%m-01', {column})",
        _ => $"printf('%s-%02d-01', strftime('%Y', {column}), ((CAST(strftime('%m', {column}) AS INTEGER) - 1) / 3) * 3 + 1)",
    };

    /// <summary>The first day of a period, read back from <see cref="BucketSql" />.</summary>
    public static DateOnly ParseBucket(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last day of the period that starts on <paramref name="start" />.</summary>
    public DateOnly PeriodEnd(DateOnly start) => Period switch
    {
        AnalysisPeriod.Week => start.AddDays(6),
        AnalysisPeriod.Month => start.AddMonths(1).AddDays(-1),
        _ => start.AddMonths(3).AddDays(-1),
    };

    /// <summary>How many whole periods lie between two period starts: the time axis of trends, so gaps count.</summary>
    public double PeriodsBetween(DateOnly first, DateOnly start) => Period switch
    {
        AnalysisPeriod.Week => (start.DayNumber - first.DayNumber) / 7,
        AnalysisPeriod.Month => ((start.Year - first.Year) * 12) + start.Month - first.Month,
        _ => (((start.Year - first.Year) * 12) + start.Month - first.Month) / 3,
    };

    /// <summary>Refuses more periods than <see cref="MaxPeriods" />.</summary>
    public void EnsureBounded(int periods)
    {
        if (periods > MaxPeriods)
        {
            throw UserInput.Error(string.Create(CultureInfo.InvariantCulture, $"The range spans {periods} periods; at most {MaxPeriods} are analysed at once. Narrow `from`/`to` or choose a longer `period`."));
        }
    }
}
