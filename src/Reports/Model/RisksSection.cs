namespace CustomerComms.Reports.Model;

/// <summary>e) Effectiveness of actions taken to address risks and opportunities (6.1).</summary>
/// <param name="Treated">Open risks and opportunities with a treatment, highest inherent score first.</param>
public sealed record RisksSection(
    int Open,
    IReadOnlyList<CountLine> ByBand,
    IReadOnlyList<RiskLine> Treated,
    int ReviewsInPeriod,
    int ReviewsEffective,
    int OverdueReviews);

/// <summary>A treated risk or opportunity: score before and after treatment.</summary>
public sealed record RiskLine(
    string Kind,
    string Title,
    string Owner,
    int Score,
    string Band,
    int? ResidualScore,
    string? ResidualBand,
    string Treatment,
    bool ReviewOverdue);
