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

    private static readonly TransitionTable<ComplaintStatus> Table = new(nameof(Complaint), Transitions);

    public static IReadOnlyList<ComplaintStatus> AllowedFrom(ComplaintStatus from) => Table.AllowedFrom(from);

    public static bool CanMove(ComplaintStatus from, ComplaintStatus to) => Table.CanMove(from, to);

    internal static void EnsureCanMove(ComplaintStatus from, ComplaintStatus to) =>
        Table.EnsureCanMove(from, to, to == ComplaintStatus.Closed ? "a complaint closes only once the customer has been given a response" : null);

    internal static InvalidTransitionException Refused(ComplaintStatus from, ComplaintStatus to, string? reason) => Table.Refused(from, to, reason);
}
