using CustomerComms.Analytics.CustomerMetrics;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Persistence;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>c1) and c2): CSI series with trends and control charts, NPS and CSAT, objectives against targets.</summary>
internal static class SatisfactionQuery
{
    public static async Task<(SatisfactionSection Satisfaction, ObjectivesSection Objectives)> BuildAsync(
        CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var previous = period.Previous;
        var indicators = await db.Set<CsiIndicator>()
            .Where(i => i.IsActive)
            .OrderBy(i => i.Code)
            .Select(i => new IndicatorRow(i.Id, i.Code, i.Name, i.Unit, i.Direction, i.Target, i.AmberThreshold, i.RedThreshold))
            .ToListAsync(cancellationToken);
        var measurements = await db.Set<CsiMeasurement>()
            .Where(m => m.PeriodStart >= previous.From && m.PeriodStart <= period.To)
            .OrderBy(m => m.CsiIndicatorId).ThenBy(m => m.PeriodStart)
            .Select(m => new { m.CsiIndicatorId, m.PeriodStart, m.Value })
            .ToListAsync(cancellationToken);
        var series = measurements.ToLookup(m => m.CsiIndicatorId, m => new IndicatorSeries.Observation(m.PeriodStart, m.Value));

        var trends = indicators.Select(i => IndicatorSeries.Analyse(i.Code, i.Name, i.Unit, i.Direction, i.Target, series[i.Id].ToList(), period)).ToList();
        var signals = trends
            .SelectMany(t => t.Points.Where(p => p.InPeriod && p.Flagged).Select(p => new ChartSignal(t.Code, p.Month, p.Value, string.Join("; ", p.Rules))))
            .ToList();

        var nps = SurveyMetricOf("NPS", await ScoreCountsAsync(db, QuestionType.Nps, period, cancellationToken), await ScoreCountsAsync(db, QuestionType.Nps, previous, cancellationToken), Nps);
        var csat = SurveyMetricOf("CSAT", await ScoreCountsAsync(db, QuestionType.Csat, period, cancellationToken), await ScoreCountsAsync(db, QuestionType.Csat, previous, cancellationToken), Csat);
        var compliments = await ComplimentsAsync(db, period, cancellationToken);
        var previousCompliments = await ComplimentsAsync(db, previous, cancellationToken);

        var objectives = indicators.Select(i => Objective(i, series[i.Id].Where(o => o.Month >= period.From).ToList())).ToList();
        return (
            new SatisfactionSection(trends, nps, csat, signals, compliments, previousCompliments),
            new ObjectivesSection(
                objectives,
                objectives.Count(o => o.Status == "met"),
                objectives.Count(o => o.Status == "at risk"),
                objectives.Count(o => o.Status == "missed"),
                objectives.Count(o => o.Status == "not measured")));
    }

    private static ObjectiveLine Objective(IndicatorRow indicator, IReadOnlyList<IndicatorSeries.Observation> inPeriod)
    {
        double? latest = inPeriod.Count == 0 ? null : inPeriod[^1].Value;
        double? mean = inPeriod.Count == 0 ? null : Math.Round(inPeriod.Average(o => o.Value), 6);
        var status = latest is not { } value ? "not measured" : Classify(indicator, value);
        return new ObjectiveLine(
            indicator.Code, indicator.Name, indicator.Unit, IndicatorSeries.DirectionWords(indicator.Direction),
            indicator.Target, indicator.Amber, indicator.Red, latest, mean, status);
    }

    /// <summary>The same classification as <see cref="CsiIndicator.Classify"/>: met unless worse than amber, missed when worse than red.</summary>
    private static string Classify(IndicatorRow indicator, double value)
    {
        bool Worse(double threshold) => indicator.Direction == IndicatorDirection.HigherIsBetter ? value < threshold : value > threshold;
        return !Worse(indicator.Amber) ? "met" : Worse(indicator.Red) ? "missed" : "at risk";
    }

    private static Task<int> ComplimentsAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken) =>
        db.Set<Communication>().CountAsync(
            c => c.Kind == CommunicationKind.Compliment && c.OccurredAt >= period.Start && c.OccurredAt < period.End, cancellationToken);

    private static async Task<Dictionary<int, int>> ScoreCountsAsync(
        CustomerCommsDbContext db, QuestionType type, ReportPeriod period, CancellationToken cancellationToken)
    {
        var rows = await (
            from answer in db.Set<SurveyAnswer>()
            join response in db.Set<SurveyResponse>() on answer.SurveyResponseId equals response.Id
            where answer.QuestionType == type && answer.Score != null
                && response.SubmittedAt >= period.Start && response.SubmittedAt < period.End
            group answer by answer.Score into g
            select new { Score = g.Key!.Value, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Score, r => r.Count);
    }

    private static EstimateWithInterval? Nps(Dictionary<int, int> counts)
    {
        if (counts.Values.Sum() == 0)
        {
            return null;
        }

        var promoters = counts.Where(c => c.Key >= 9).Sum(c => c.Value);
        var detractors = counts.Where(c => c.Key <= 6).Sum(c => c.Value);
        var nps = NetPromoterScore.FromCounts(promoters, counts.Values.Sum() - promoters - detractors, detractors);
        return new EstimateWithInterval(nps, nps.Score, nps.AdjustedWaldLower, nps.AdjustedWaldUpper, nps.Count);
    }

    private static EstimateWithInterval? Csat(Dictionary<int, int> counts)
    {
        var count = counts.Values.Sum();
        if (count == 0)
        {
            return null;
        }

        var maximum = SurveyQuestion.ScoreRange(QuestionType.Csat)!.Value.Max;
        var csat = CustomerSatisfaction.FromCounts(counts.Where(c => c.Key >= maximum - 1).Sum(c => c.Value), count);
        return new EstimateWithInterval(csat, csat.Percent, csat.WilsonLower, csat.WilsonUpper, csat.Count);
    }

    private static SurveyMetric SurveyMetricOf(
        string name, Dictionary<int, int> current, Dictionary<int, int> previous, Func<Dictionary<int, int>, EstimateWithInterval?> estimate)
    {
        var now = estimate(current);
        var before = estimate(previous);
        MetricChange? change = null;
        if (now is not null && before is not null)
        {
            var difference = PeriodDifference.Between(now.Estimate, before.Estimate);
            change = new MetricChange(difference.Difference, difference.Lower, difference.Upper, difference.PValue, difference.PValue < 0.05);
        }

        return now is null
            ? new SurveyMetric(name, false, 0, 0, 0, 0, before?.Value, before?.Count ?? 0, null)
            : new SurveyMetric(name, true, now.Value, now.Lower, now.Upper, now.Count, before?.Value, before?.Count ?? 0, change);
    }

    private sealed record EstimateWithInterval(IPeriodEstimate Estimate, double Value, double Lower, double Upper, int Count);

    private sealed record IndicatorRow(
        int Id, string Code, string Name, string Unit, IndicatorDirection Direction, double Target, double Amber, double Red);
}
