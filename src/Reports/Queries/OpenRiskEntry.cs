namespace CustomerComms.Reports.Queries;

/// <summary>A risk or opportunity open at the end of a period (<see cref="OpenRiskEntries"/>).</summary>
/// <param name="ReviewOverdue">True when its next review fell due before the end and was not done by it.</param>
internal sealed record OpenRiskEntry(int Id, string Owner, bool ReviewOverdue);
