using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Property;

/// <summary>The one table of customer property status changes: what each status may move to.</summary>
public static class PropertyWorkflow
{
    public static IReadOnlyDictionary<PropertyStatus, IReadOnlyList<PropertyStatus>> Transitions { get; } =
        new Dictionary<PropertyStatus, IReadOnlyList<PropertyStatus>>
        {
            [PropertyStatus.Held] = [PropertyStatus.InUse, PropertyStatus.Returned, PropertyStatus.Lost, PropertyStatus.Damaged],
            [PropertyStatus.InUse] = [PropertyStatus.Held, PropertyStatus.Returned, PropertyStatus.Lost, PropertyStatus.Damaged],
            [PropertyStatus.Damaged] = [PropertyStatus.Held, PropertyStatus.Returned, PropertyStatus.Lost],
            [PropertyStatus.Lost] = [PropertyStatus.Held],
            [PropertyStatus.Returned] = [],
        };

    private static readonly TransitionTable<PropertyStatus> Table = new(nameof(CustomerPropertyItem), Transitions);

    public static IReadOnlyList<PropertyStatus> AllowedFrom(PropertyStatus from) => Table.AllowedFrom(from);

    public static bool CanMove(PropertyStatus from, PropertyStatus to) => Table.CanMove(from, to);

    internal static void EnsureCanMove(PropertyStatus from, PropertyStatus to) => Table.EnsureCanMove(from, to);
}
