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

    public static IReadOnlyList<CorrectiveActionStatus> AllowedFrom(CorrectiveActionStatus from)
    {
        return Transitions[from];
    }

    public static bool CanMove(CorrectiveActionStatus from, CorrectiveActionStatus to)
    {
        return Transitions[from].Contains(to);
    }

    internal static void EnsureCanMove(CorrectiveActionStatus from, CorrectiveActionStatus to)
    {
        if (!CanMove(from, to))
        {
            var reason = to == CorrectiveActionStatus.Closed
                ? "its effectiveness has not been verified"
                : null;
            throw Refused(from, to, reason);
        }
    }

    internal static InvalidTransitionException Refused(CorrectiveActionStatus from, CorrectiveActionStatus to, string? reason)
    {
        return new InvalidTransitionException(
            nameof(CorrectiveAction), from.ToString(), to.ToString(), [.. AllowedFrom(from).Select(s => s.ToString())], reason);
    }
}
