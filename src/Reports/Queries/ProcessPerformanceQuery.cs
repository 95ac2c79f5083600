using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Persistence;
using CustomerComms.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>
/// c3) Complaint handling times and SLA compliance for complaints received in a period; overdue items at its end.
/// Only the timestamps of the period's complaints are read (times need medians); everything else is counted in SQL.
/// </summary>
internal static class ProcessPerformanceQuery
{
    public static async Task<ProcessPerformanceSection> BuildAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var (acknowledgement, response) = await TimesAsync(db, period, cancellationToken);
        var (previousAcknowledgement, previousResponse) = await TimesAsync(db, period.Previous, cancellationToken);
        var end = period.End;

        var withDue = db.Set<Communication>().Where(c => c.ResponseDue >= period.Start && c.ResponseDue < end);
        var due = await withDue.CountAsync(cancellationToken);
        var onTime = await withDue.CountAsync(c => c.RespondedAt != null && c.RespondedAt <= c.ResponseDue, cancellationToken);
        var overdueCommunications = await db.Set<Communication>()
            .CountAsync(c => c.ResponseDue < end && (c.RespondedAt == null || c.RespondedAt >= end), cancellationToken);
        var overdueComplaints = await db.Set<Complaint>().CountAsync(ComplaintDeadlines.OverdueAt(end), cancellationToken);
        var overdueActions = await db.Set<CorrectiveAction>()
            .CountAsync(a => a.OpenedAt < end && a.DueAt < end && (a.ClosedAt == null || a.ClosedAt >= end), cancellationToken);

        return new ProcessPerformanceSection(
            acknowledgement, response, previousAcknowledgement, previousResponse,
            due, due == 0 ? null : Counting.Percent(onTime, due),
            overdueComplaints, overdueCommunications, overdueActions);
    }

    private static async Task<(TimeMeasure Acknowledgement, TimeMeasure Response)> TimesAsync(
        CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Complaint>()
            .Where(c => c.ReceivedAt >= period.Start && c.ReceivedAt < period.End)
            .Select(c => new { c.ReceivedAt, c.AcknowledgedAt, c.AcknowledgementDueAt, c.RespondedAt, c.ResponseDueAt, c.SlaPausedHours, c.SlaPausedAt })
            .ToListAsync(cancellationToken);
        var acknowledgement = Measure(rows.Select(r => new Step(r.ReceivedAt, r.AcknowledgedAt, r.AcknowledgementDueAt, 0, r.SlaPausedAt)), period.End);
        var response = Measure(rows.Select(r => new Step(r.ReceivedAt, r.RespondedAt, r.ResponseDueAt, r.SlaPausedHours, r.SlaPausedAt)), period.End);
        return (acknowledgement, response);
    }

    private static TimeMeasure Measure(IEnumerable<Step> steps, DateTime end)
    {
        var list = steps.ToList();
        var hours = list.Where(s => s.DoneAt is not null).Select(s => (s.DoneAt!.Value - s.ReceivedAt).TotalHours - s.PausedHours).Order().ToList();
        var due = list.Count(s => s.DoneAt is not null || s.DueAt < ComplaintDeadlines.Clock(s.SlaPausedAt, end));
        var within = list.Count(s => s.DoneAt is { } done && done <= s.DueAt);
        return new TimeMeasure(
            hours.Count,
            hours.Count == 0 ? null : Round(Quantile(hours, 0.5)),
            hours.Count == 0 ? null : Round(hours.Average()),
            hours.Count == 0 ? null : Round(Quantile(hours, 0.9)),
            due,
            within,
            due == 0 ? null : Counting.Percent(within, due));
    }

    /// <summary>Linear interpolation between order statistics (Hyndman–Fan type 7, the spreadsheet default).</summary>
    private static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var position = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }

    private static double Round(double value) => Math.Round(value, 4);

    /// <param name="SlaPausedAt">The start of a pause still running: a step not done is due only once its due time is before the SLA clock.</param>
    private sealed record Step(DateTime ReceivedAt, DateTime? DoneAt, DateTime DueAt, double PausedHours, DateTime? SlaPausedAt);
}
