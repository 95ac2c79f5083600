using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Contingency;

/// <summary>The one table of contingency plan status changes: what each status may move to.</summary>
public static class ContingencyWorkflow
{
    public static IReadOnlyDictionary<ContingencyPlanStatus, IReadOnlyList<ContingencyPlanStatus>> Transitions { get; } =
        new Dictionary<ContingencyPlanStatus, IReadOnlyList<ContingencyPlanStatus>>
        {
            [ContingencyPlanStatus.Draft] = [ContingencyPlanStatus.Active, ContingencyPlanStatus.Retired],
            [ContingencyPlanStatus.Active] = [ContingencyPlanStatus.Draft, ContingencyPlanStatus.Retired],
            [ContingencyPlanStatus.Retired] = [],
        };

    public static IReadOnlyList<ContingencyPlanStatus> AllowedFrom(ContingencyPlanStatus from)
    {
        return Transitions[from];
    }

    public static bool CanMove(ContingencyPlanStatus from, ContingencyPlanStatus to)
    {
        return Transitions[from].Contains(to);
    }

    internal static void EnsureCanMove(ContingencyPlanStatus from, ContingencyPlanStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new InvalidTransitionException(
                nameof(ContingencyPlan), from.ToString(), to.ToString(), [.. AllowedFrom(from).Select(s => s.ToString())]);
        }
    }
}
