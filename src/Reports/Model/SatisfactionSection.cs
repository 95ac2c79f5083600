namespace CustomerComms.Reports.Model;

/// <summary>c1) Customer satisfaction and feedback: CSI trends, NPS and CSAT, control-chart signals.</summary>
public sealed record SatisfactionSection(
    IReadOnlyList<IndicatorTrend> Indicators,
    SurveyMetric Nps,
    SurveyMetric Csat,
    IReadOnlyList<ChartSignal> Signals,
    int Compliments,
    int PreviousCompliments);

/// <summary>One CSI's monthly series over the previous and the current period, with its trend in the current one.</summary>
/// <param name="Points">Previous-period points first, then the current period's; limits are frozen from the previous period when it has enough points.</param>
/// <param name="Trend">The trend over the current period's points; null when there are fewer than three.</param>
public sealed record IndicatorTrend(
    string Code,
    string Name,
    string Unit,
    string Direction,
    double Target,
    IReadOnlyList<SeriesPoint> Points,
    TrendSummary? Trend,
    double? Center,
    int SignalCount);

/// <summary>A point of a monthly series and its control limits.</summary>
/// <param name="Rules">The run rules that flagged this point (empty when none did).</param>
public sealed record SeriesPoint(
    DateOnly Month,
    double Value,
    double Center,
    double LowerLimit,
    double UpperLimit,
    bool InPeriod,
    IReadOnlyList<string> Rules)
{
    /// <summary>True when a run rule flagged the point.</summary>
    public bool Flagged => Rules.Count > 0;
}

/// <summary>A trend in words and numbers: Sen's slope per month with its interval, Mann-Kendall p, OLS line.</summary>
/// <param name="Verdict">"improving", "worsening" or "no significant trend" (Mann-Kendall, 5 % level, read with the indicator's direction).</param>
public sealed record TrendSummary(
    double SlopePerMonth,
    double SlopeLower,
    double SlopeUpper,
    double PValue,
    double OlsSlope,
    double OlsIntercept,
    double RSquared,
    string Verdict,
    bool Significant);

/// <summary>NPS or CSAT for the period and the previous period with intervals and the difference.</summary>
/// <param name="HasData">False when the period has no answers; the other values are then zero.</param>
/// <param name="Change">Current minus previous, with its interval; null when either period has no answers.</param>
public sealed record SurveyMetric(
    string Name,
    bool HasData,
    double Value,
    double Lower,
    double Upper,
    int Count,
    double? PreviousValue,
    int PreviousCount,
    MetricChange? Change);

/// <summary>A period-over-period difference with its interval and p-value.</summary>
/// <param name="Significant">True when the interval excludes zero (p &lt; 0.05).</param>
public sealed record MetricChange(double Difference, double Lower, double Upper, double PValue, bool Significant);

/// <summary>A point in the current period that a control-chart run rule flagged.</summary>
/// <param name="Chart">The chart's subject (a CSI code or "Complaint rate").</param>
/// <param name="Rules">The rules that fired, with their meaning.</param>
public sealed record ChartSignal(string Chart, DateOnly Month, double Value, string Rules);
