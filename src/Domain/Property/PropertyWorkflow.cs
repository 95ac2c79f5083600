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

    public static IReadOnlyList<PropertyStatus> AllowedFrom(PropertyStatus from)
    {
        return Transitions[from];
    }

    public static bool CanMove(PropertyStatus from, PropertyStatus to)
    {
        return Transitions[from].Contains(to);
    }

    internal static void EnsureCanMove(PropertyStatus from, PropertyStatus to)
    {
        if (!CanMove(from, to))
        {
            throw new InvalidTransitionException(
                nameof(CustomerPropertyItem), from.ToString(), to.ToString(), [.. AllowedFrom(from).Select(s => s.ToString())]);
        }
    }
}
