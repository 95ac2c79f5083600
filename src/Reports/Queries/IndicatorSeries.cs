using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.Trends;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.Reports.Model;

namespace CustomerComms.Reports.Queries;

/// <summary>Analyses one CSI's monthly series: an XmR chart over both periods and the trend within the current one.</summary>
internal static class IndicatorSeries
{
    /// <summary>Fewer previous-period points than this and the limits are estimated from every point instead.</summary>
    public const int MinimumBaseline = 6;

    public static IndicatorTrend Analyse(
        string code, string name, string unit, IndicatorDirection direction, double target, IReadOnlyList<Observation> observations, ReportPeriod period)
    {
        var values = observations.Select(o => o.Value).ToList();
        var baseline = observations.Count(o => o.Month < period.From);
        var points = new List<SeriesPoint>();
        double? center = null;
        if (values.Count >= 3)
        {
            var chart = IndividualsChart.Build(values, new ControlChartOptions
            {
                PhaseOneCount = baseline >= MinimumBaseline ? baseline : null,
                RunRules = RunRuleNames.Settings,
            });
            center = Round(chart.Center);
            points.AddRange(chart.Points.Select(p => new SeriesPoint(
                observations[p.Index].Month, p.Value, Round(p.Center), Round(p.LowerLimit), Round(p.UpperLimit),
                observations[p.Index].Month >= period.From, RunRuleNames.Describe(p.Violations))));
        }
        else
        {
            points.AddRange(observations.Select(o => new SeriesPoint(o.Month, o.Value, o.Value, o.Value, o.Value, o.Month >= period.From, [])));
        }

        var current = observations.Where(o => o.Month >= period.From).ToList();
        return new IndicatorTrend(
            code, name, unit, DirectionWords(direction), target, points, Trend(current, direction), center,
            points.Count(p => p.InPeriod && p.Flagged));
    }

    public static string DirectionWords(IndicatorDirection direction) =>
        direction == IndicatorDirection.HigherIsBetter ? "higher is better" : "lower is better";

    private static TrendSummary? Trend(IReadOnlyList<Observation> current, IndicatorDirection direction)
    {
        if (current.Count < 3 || current.Select(o => o.Value).Distinct().Count() < 2)
        {
            return null;
        }

        var first = current[0].Month;
        var times = current.Select(o => (double)(((o.Month.Year - first.Year) * 12) + o.Month.Month - first.Month)).ToList();
        var analysis = TrendAnalyzer.Analyze(current.Select(o => o.Value).ToList(), times);
        var significant = analysis.MannKendall.PValue < 0.05;
        var rising = analysis.MannKendall.S > 0;
        var verdict = !significant ? "no significant trend"
            : rising == (direction == IndicatorDirection.HigherIsBetter) ? "improving" : "worsening";
        return new TrendSummary(
            Round(analysis.Sen.Slope), Round(analysis.Sen.Lower), Round(analysis.Sen.Upper), Round(analysis.MannKendall.PValue),
            Round(analysis.Ols.Slope), Round(analysis.Ols.Intercept), Round(analysis.Ols.RSquared), verdict, significant);
    }

    /// <summary>Rounds to 10 significant-enough decimals so the snapshot does not carry floating-point noise.</summary>
    public static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 10) : 0;

    /// <summary>One month's value.</summary>
    public sealed record Observation(DateOnly Month, double Value);
}
