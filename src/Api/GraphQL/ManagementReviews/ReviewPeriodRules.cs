using System.Globalization;
using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Reports.Model;

namespace CustomerComms.Api.GraphQL.ManagementReviews;

/// <summary>
/// Which periods a management review can be generated for: the report compares a period with the one of equal length
/// before it, so the period must be ordered, bounded and not start in the future (there is nothing to report yet).
/// </summary>
internal static class ReviewPeriodRules
{
    /// <summary>The longest period, in years; a longer one is not a review period and makes every section's query scan years of data.</summary>
    public const int MaxYears = 5;

    /// <summary>The earliest first day: the period before it must still be a calendar date.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>The period from <paramref name="from" /> to <paramref name="to" />, or a ValidationError naming the field at fault.</summary>
    public static ReportPeriod Check(DateOnly from, DateOnly to, DateOnly today)
    {
        if (to < from)
        {
            throw Invalid(Text($"to ({to:yyyy-MM-dd}) cannot be before from ({from:yyyy-MM-dd})."), "to", "PERIOD_REVERSED");
        }

        if (from < Earliest)
        {
            throw Invalid(Text($"from cannot be before {Earliest:yyyy-MM-dd}."), "from", "PERIOD_OUT_OF_RANGE");
        }

        if (from > today)
        {
            throw Invalid(Text($"from ({from:yyyy-MM-dd}) is in the future: a review covers days that have begun (today is {today:yyyy-MM-dd})."), "from", "PERIOD_IN_FUTURE");
        }

        if (to >= from.AddYears(MaxYears))
        {
            throw Invalid(Text($"A review period is at most {MaxYears} years: to must be before {from.AddYears(MaxYears):yyyy-MM-dd}."), "to", "PERIOD_TOO_LONG");
        }

        return ReportPeriod.Of(from, to);
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static MutationFailedException Invalid(string message, string field, string code) =>
        new(new ValidationError(message, field, code), message);
}
