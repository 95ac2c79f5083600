namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>How long one step of complaint handling took for the complaints received in a period.</summary>
/// <param name="Done">Complaints that completed the step.</param>
/// <param name="MedianHours">Nearest-rank median of the hours taken (SLA pauses not counted); null when none completed it.</param>
/// <param name="P90Hours">Nearest-rank 90th percentile of the hours taken.</param>
/// <param name="Due">Complaints whose step is done or already past its due time: the base of the share.</param>
/// <param name="WithinSla">Complaints that completed the step by its due time.</param>
internal sealed record TimeStatistics(int Done, double? MedianHours, double? P90Hours, int Due, int WithinSla)
{
    /// <summary>WithinSla / Due in percent; null when nothing is due yet.</summary>
    public double? ShareWithinSla => Due == 0 ? null : 100.0 * WithinSla / Due;
}
