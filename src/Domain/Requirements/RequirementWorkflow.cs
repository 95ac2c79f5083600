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

    public static IReadOnlyList<RequirementStatus> AllowedFrom(RequirementStatus from)
    {
        return Transitions[from];
    }

    public static bool CanMove(RequirementStatus from, RequirementStatus to)
    {
        return Transitions[from].Contains(to);
    }

    internal static void EnsureCanMove(RequirementStatus from, RequirementStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new InvalidTransitionException(
                nameof(Requirement), from.ToString(), to.ToString(), [.. AllowedFrom(from).Select(s => s.ToString())]);
        }
    }
}
