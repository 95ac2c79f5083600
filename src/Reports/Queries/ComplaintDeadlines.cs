using System.Linq.Expressions;
using CustomerComms.Domain.Complaints;

namespace CustomerComms.Reports.Queries;

/// <summary>
/// Whether a complaint's SLA steps are late at the end of a period, judged as <see cref="Complaint.IsOverdue"/> judges
/// them: a step is late when it was not done by then and fell due before the SLA clock's time, and the clock stands
/// still at a pause that is still running (the due times move only when the clock resumes).
/// </summary>
internal static class ComplaintDeadlines
{
    /// <summary>The SLA clock's time at <paramref name="end"/>: the start of a pause still running before it, otherwise <paramref name="end"/>.</summary>
    public static DateTime Clock(DateTime? slaPausedAt, DateTime end) => slaPausedAt is { } pausedAt && pausedAt < end ? pausedAt : end;

    /// <summary>
    /// Complaints open at <paramref name="end"/> whose acknowledgement or first response is late then. A step done late
    /// before <paramref name="end"/> is no longer overdue; it counts against the share within the SLA instead.
    /// </summary>
    public static Expression<Func<Complaint, bool>> OverdueAt(DateTime end) =>
        c => c.ReceivedAt < end && (c.ClosedAt == null || c.ClosedAt >= end)
            && ((c.AcknowledgementDueAt < (c.SlaPausedAt != null && c.SlaPausedAt < end ? c.SlaPausedAt.Value : end)
                    && (c.AcknowledgedAt == null || c.AcknowledgedAt >= end))
                || (c.ResponseDueAt < (c.SlaPausedAt != null && c.SlaPausedAt < end ? c.SlaPausedAt.Value : end)
                    && (c.RespondedAt == null || c.RespondedAt >= end)));
}
