using System.Linq.Expressions;
using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Complaints;

/// <summary>The complaint's SLA clock: due times, overdue checks, and pausing while waiting on the customer.</summary>
public sealed partial class Complaint
{
    public bool IsSlaPaused => SlaPausedAt is not null;

    public bool IsAcknowledgementOverdue(DateTime at)
    {
        return AcknowledgedAt is null && SlaClock(at) > AcknowledgementDueAt;
    }

    public bool IsResponseOverdue(DateTime at)
    {
        return RespondedAt is null && SlaClock(at) > ResponseDueAt;
    }

    /// <summary>
    /// True when at <paramref name="at"/> the acknowledgement or the first response is late. While the clock is
    /// paused a complaint is judged as at the moment it was paused.
    /// </summary>
    public bool IsOverdue(DateTime at)
    {
        return IsAcknowledgementOverdue(at) || IsResponseOverdue(at);
    }

    /// <summary>
    /// <see cref="IsOverdue"/> as a query predicate the database evaluates, so that lists of overdue complaints are
    /// filtered in SQL: the acknowledgement or the first response is still missing and the SLA clock (stopped at
    /// <see cref="SlaPausedAt"/> when paused before <paramref name="at"/>) is past its due time.
    /// </summary>
    public static Expression<Func<Complaint, bool>> OverdueAt(DateTime at)
    {
        var now = Require.Utc(at, "at");
        return c =>
            (c.AcknowledgedAt == null
                && ((c.SlaPausedAt < now && c.SlaPausedAt > c.AcknowledgementDueAt)
                    || ((c.SlaPausedAt == null || c.SlaPausedAt >= now) && c.AcknowledgementDueAt < now)))
            || (c.RespondedAt == null
                && ((c.SlaPausedAt < now && c.SlaPausedAt > c.ResponseDueAt)
                    || ((c.SlaPausedAt == null || c.SlaPausedAt >= now) && c.ResponseDueAt < now)));
    }

    /// <summary>Stops the SLA clock while waiting on the customer. Not once responded or closed, and not twice.</summary>
    public void PauseSla(DateTime at, string? reason = null)
    {
        var validReason = Require.OptionalText(reason, "reason", ReasonMaxLength);
        var time = ValidTime(at);
        if (SlaPausedAt is not null)
        {
            throw ClockRefused("Paused", "Paused", "the SLA clock is already paused");
        }

        if (Status is ComplaintStatus.Responded or ComplaintStatus.Closed)
        {
            throw ClockRefused("Running", "Paused", $"a {Status} complaint is not waiting on the customer");
        }

        SlaPausedAt = time;
        SlaPauseReason = validReason;
    }

    /// <summary>Restarts the SLA clock; the due times not yet met when it was paused move later by the paused time.</summary>
    public void ResumeSla(DateTime at)
    {
        var time = ValidTime(at);
        if (SlaPausedAt is not { } pausedAt)
        {
            throw ClockRefused("Running", "Running", "the SLA clock is not paused");
        }

        ResumeClock(Require.NotBefore(time, pausedAt, "at", "slaPausedAt"));
    }

    private DateTime SlaClock(DateTime at)
    {
        Require.Utc(at, "at");
        return SlaPausedAt is { } pausedAt && pausedAt < at ? pausedAt : at;
    }

    private void ResumeClock(DateTime at)
    {
        var pausedAt = SlaPausedAt!.Value;
        var paused = at - pausedAt;
        if (AcknowledgedAt is null || AcknowledgedAt > pausedAt)
        {
            AcknowledgementDueAt += paused;
        }

        if (RespondedAt is null)
        {
            ResponseDueAt += paused;
        }

        SlaPausedHours += paused.TotalHours;
        SlaPausedAt = null;
        SlaPauseReason = null;
    }

    private static InvalidTransitionException ClockRefused(string from, string to, string reason)
    {
        return new InvalidTransitionException("ComplaintSlaClock", from, to, [from == "Paused" ? "Running" : "Paused"], reason);
    }
}
