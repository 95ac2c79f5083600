using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>
/// The one table of corrective action status changes (ISO 9001 §10.2). Implemented goes back to InProgress when
/// the effectiveness check finds the actions ineffective; only a Verified action closes.
/// </summary>
public static class CorrectiveActionWorkflow
{
    public static IReadOnlyDictionary<CorrectiveActionStatus, IReadOnlyList<CorrectiveActionStatus>> Transitions { get; } =
        new Dictionary<CorrectiveActionStatus, IReadOnlyList<CorrectiveActionStatus>>
        {
            [CorrectiveActionStatus.Open] = [CorrectiveActionStatus.InProgress],
            [CorrectiveActionStatus.InProgress] = [CorrectiveActionStatus.Implemented],
            [CorrectiveActionStatus.Implemented] = [CorrectiveActionStatus.Verified, CorrectiveActionStatus.InProgress],
            [CorrectiveActionStatus.Verified] = [CorrectiveActionStatus.Closed],
            [CorrectiveActionStatus.Closed] = [],
        };

    private static readonly TransitionTable<CorrectiveActionStatus> Table = new(nameof(CorrectiveAction), Transitions);

    public static IReadOnlyList<CorrectiveActionStatus> AllowedFrom(CorrectiveActionStatus from) => Table.AllowedFrom(from);

    public static bool CanMove(CorrectiveActionStatus from, CorrectiveActionStatus to) => Table.CanMove(from, to);

    internal static void EnsureCanMove(CorrectiveActionStatus from, CorrectiveActionStatus to) =>
        Table.EnsureCanMove(from, to, to == CorrectiveActionStatus.Closed ? "its effectiveness has not been verified" : null);

    internal static InvalidTransitionException Refused(CorrectiveActionStatus from, CorrectiveActionStatus to, string? reason) => Table.Refused(from, to, reason);
}
