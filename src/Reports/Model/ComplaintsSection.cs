namespace CustomerComms.Reports.Model;

/// <summary>c4) Complaints, nonconformities and corrective actions.</summary>
/// <param name="ByCategory">Pareto order: largest first, with the cumulative share.</param>
/// <param name="RatePoints">Monthly complaints per 100 inbound communications (u-chart, previous and current period).</param>
public sealed record ComplaintsSection(
    int Received,
    int PreviousReceived,
    IReadOnlyList<ParetoLine> ByCategory,
    IReadOnlyList<CountLine> BySeverity,
    IReadOnlyList<CountLine> ByStatus,
    int SafetyRelated,
    IReadOnlyList<RatePoint> RatePoints,
    CorrectiveActionSummary CorrectiveActions);

/// <summary>A Pareto bar.</summary>
public sealed record ParetoLine(string Category, int Count, double Percent, double CumulativePercent);

/// <summary>A u-chart point: complaints per 100 inbound communications in a month, with its limits.</summary>
public sealed record RatePoint(
    DateOnly Month,
    int Complaints,
    int Communications,
    double Rate,
    double Center,
    double LowerLimit,
    double UpperLimit,
    bool InPeriod,
    IReadOnlyList<string> Rules)
{
    /// <summary>True when a run rule flagged the point.</summary>
    public bool Flagged => Rules.Count > 0;
}

/// <summary>Corrective actions (10.2) opened, closed and verified in the period, and the ageing of those still open at its end.</summary>
public sealed record CorrectiveActionSummary(
    int Opened,
    int Closed,
    int VerifiedEffective,
    int VerifiedNotEffective,
    int OpenAtEnd,
    IReadOnlyList<CountLine> Ageing);
