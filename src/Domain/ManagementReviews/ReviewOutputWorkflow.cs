using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.ManagementReviews;

/// <summary>The one table of review output status changes: open until done or cancelled, both final.</summary>
public static class ReviewOutputWorkflow
{
    public static IReadOnlyDictionary<ReviewOutputStatus, IReadOnlyList<ReviewOutputStatus>> Transitions { get; } =
        new Dictionary<ReviewOutputStatus, IReadOnlyList<ReviewOutputStatus>>
        {
            [ReviewOutputStatus.Open] = [ReviewOutputStatus.Done, ReviewOutputStatus.Cancelled],
            [ReviewOutputStatus.Done] = [],
            [ReviewOutputStatus.Cancelled] = [],
        };

    public static IReadOnlyList<ReviewOutputStatus> AllowedFrom(ReviewOutputStatus from)
    {
        return Transitions[from];
    }

    public static bool CanMove(ReviewOutputStatus from, ReviewOutputStatus to)
    {
        return Transitions[from].Contains(to);
    }

    internal static void EnsureCanMove(ReviewOutputStatus from, ReviewOutputStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new InvalidTransitionException(
                nameof(ManagementReviewOutput), from.ToString(), to.ToString(), [.. AllowedFrom(from).Select(s => s.ToString())]);
        }
    }
}
