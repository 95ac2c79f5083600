using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Risks;

/// <summary>
/// The one table of risk and opportunity status changes: what each status may move to. It guards every
/// transition and names the allowed targets when one is refused.
/// </summary>
public static class RiskWorkflow
{
    public static IReadOnlyDictionary<RiskStatus, IReadOnlyList<RiskStatus>> Transitions { get; } =
        new Dictionary<RiskStatus, IReadOnlyList<RiskStatus>>
        {
            [RiskStatus.Identified] = [RiskStatus.Assessed, RiskStatus.Closed],
            [RiskStatus.Assessed] = [RiskStatus.Treating, RiskStatus.Monitoring, RiskStatus.Closed],
            [RiskStatus.Treating] = [RiskStatus.Monitoring, RiskStatus.Closed],
            [RiskStatus.Monitoring] = [RiskStatus.Assessed, RiskStatus.Treating, RiskStatus.Closed],
            [RiskStatus.Closed] = [RiskStatus.Identified],
        };

    private static readonly TransitionTable<RiskStatus> Table = new(nameof(RiskOpportunity), Transitions);

    public static IReadOnlyList<RiskStatus> AllowedFrom(RiskStatus from) => Table.AllowedFrom(from);

    public static bool CanMove(RiskStatus from, RiskStatus to) => Table.CanMove(from, to);

    internal static void EnsureCanMove(RiskStatus from, RiskStatus to) => Table.EnsureCanMove(from, to);

    internal static InvalidTransitionException Refused(RiskStatus from, RiskStatus to, string? reason) => Table.Refused(from, to, reason);
}
