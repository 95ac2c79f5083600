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

    private static readonly TransitionTable<ContingencyPlanStatus> Table = new(nameof(ContingencyPlan), Transitions);

    public static IReadOnlyList<ContingencyPlanStatus> AllowedFrom(ContingencyPlanStatus from) => Table.AllowedFrom(from);

    public static bool CanMove(ContingencyPlanStatus from, ContingencyPlanStatus to) => Table.CanMove(from, to);

    internal static void EnsureCanMove(ContingencyPlanStatus from, ContingencyPlanStatus to) => Table.EnsureCanMove(from, to);
}
