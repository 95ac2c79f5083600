namespace CustomerComms.Reports.Model;

/// <summary>c2) Quality objectives: each CSI's latest value in the period against its target and thresholds.</summary>
public sealed record ObjectivesSection(IReadOnlyList<ObjectiveLine> Objectives, int Met, int AtRisk, int Missed, int NotMeasured);

/// <summary>One CSI against its objective.</summary>
/// <param name="Latest">The last value measured in the period; null when none was.</param>
/// <param name="Status">"met", "at risk", "missed" or "not measured".</param>
public sealed record ObjectiveLine(
    string Code,
    string Name,
    string Unit,
    string Direction,
    double Target,
    double AmberThreshold,
    double RedThreshold,
    double? Latest,
    double? PeriodMean,
    string Status);
