using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Complaints;

/// <summary>
/// The one table of complaint status changes (ISO 10002): what each status may move to. It guards every
/// transition and names the allowed targets when one is refused.
/// </summary>
public static class ComplaintWorkflow
{
    public static IReadOnlyDictionary<ComplaintStatus, IReadOnlyList<ComplaintStatus>> Transitions { get; } =
        new Dictionary<ComplaintStatus, IReadOnlyList<ComplaintStatus>>
        {
            [ComplaintStatus.Received] = [ComplaintStatus.Acknowledged],
            [ComplaintStatus.Acknowledged] = [ComplaintStatus.Assessed],
            [ComplaintStatus.Assessed] = [ComplaintStatus.Investigating],
            [ComplaintStatus.Investigating] = [ComplaintStatus.Responded],
            [ComplaintStatus.Responded] = [ComplaintStatus.Closed, ComplaintStatus.Escalated],
            [ComplaintStatus.Escalated] = [ComplaintStatus.Investigating, ComplaintStatus.Responded],
            [ComplaintStatus.Closed] = [ComplaintStatus.Reopened],
            [ComplaintStatus.Reopened] = [ComplaintStatus.Investigating],
        };

    public static IReadOnlyList<ComplaintStatus> AllowedFrom(ComplaintStatus from)
    {
        return Transitions[from];
    }

    public static bool CanMove(ComplaintStatus from, ComplaintStatus to)
    {
        return Transitions[from].Contains(to);
    }

    /// <summary>Throws <see cref="InvalidTransitionException"/> unless the table allows <paramref name="from"/> → <paramref name="to"/>.</summary>
    internal static void EnsureCanMove(ComplaintStatus from, ComplaintStatus to)
    {
        if (!CanMove(from, to))
        {
            var reason = to == ComplaintStatus.Closed
                ? "a complaint closes only once the customer has been given a response"
                : null;
            throw Refused(from, to, reason);
        }
    }

    internal static InvalidTransitionException Refused(ComplaintStatus from, ComplaintStatus to, string? reason)
    {
        return new InvalidTransitionException(
            nameof(Complaint), from.ToString(), to.ToString(), [.. AllowedFrom(from).Select(s => s.ToString())], reason);
    }
}
