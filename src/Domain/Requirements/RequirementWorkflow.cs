using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Requirements;

/// <summary>The one table of requirement status changes: what each status may move to.</summary>
public static class RequirementWorkflow
{
    public static IReadOnlyDictionary<RequirementStatus, IReadOnlyList<RequirementStatus>> Transitions { get; } =
        new Dictionary<RequirementStatus, IReadOnlyList<RequirementStatus>>
        {
            [RequirementStatus.Draft] = [RequirementStatus.UnderReview, RequirementStatus.Withdrawn],
            [RequirementStatus.UnderReview] =
                [RequirementStatus.Accepted, RequirementStatus.Rejected, RequirementStatus.Draft, RequirementStatus.Withdrawn],
            [RequirementStatus.Accepted] =
                [RequirementStatus.UnderReview, RequirementStatus.Superseded, RequirementStatus.Withdrawn],
            [RequirementStatus.Rejected] = [RequirementStatus.Draft],
            [RequirementStatus.Superseded] = [],
            [RequirementStatus.Withdrawn] = [],
        };

    private static readonly TransitionTable<RequirementStatus> Table = new(nameof(Requirement), Transitions);

    public static IReadOnlyList<RequirementStatus> AllowedFrom(RequirementStatus from) => Table.AllowedFrom(from);

    public static bool CanMove(RequirementStatus from, RequirementStatus to) => Table.CanMove(from, to);

    internal static void EnsureCanMove(RequirementStatus from, RequirementStatus to) => Table.EnsureCanMove(from, to);
}
