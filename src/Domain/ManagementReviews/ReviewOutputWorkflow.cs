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

    private static readonly TransitionTable<ReviewOutputStatus> Table = new(nameof(ManagementReviewOutput), Transitions);

    public static IReadOnlyList<ReviewOutputStatus> AllowedFrom(ReviewOutputStatus from) => Table.AllowedFrom(from);

    public static bool CanMove(ReviewOutputStatus from, ReviewOutputStatus to) => Table.CanMove(from, to);

    internal static void EnsureCanMove(ReviewOutputStatus from, ReviewOutputStatus to) => Table.EnsureCanMove(from, to);
}
