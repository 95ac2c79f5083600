using System.Globalization;
using CustomerComms.Reports.Model;

namespace CustomerComms.Reports.Queries;

/// <summary>f) Derives opportunities for improvement from the other inputs, each pointing to its evidence.</summary>
internal static class ImprovementFinder
{
    /// <summary>Below this share within SLA a handling step is raised as an opportunity.</summary>
    public const double SlaTargetPercent = 90;

    public static ImprovementsSection Find(
        PreviousActionsSection previous,
        SatisfactionSection satisfaction,
        ObjectivesSection objectives,
        ProcessPerformanceSection process,
        ComplaintsSection complaints,
        RisksSection risks)
    {
        var found = new List<Improvement>();
        if (previous.Overdue > 0)
        {
            found.Add(new("a", "a", "Close the overdue actions from earlier reviews", Invariant($"{previous.Overdue} action(s) past their due date")));
        }

        foreach (var trend in satisfaction.Indicators.Where(t => t.Trend?.Verdict == "worsening"))
        {
            found.Add(new("c1", "c1-csi-" + trend.Code, $"Investigate the worsening trend of {trend.Name}", Invariant($"Sen's slope {trend.Trend!.SlopePerMonth:0.###} {trend.Unit} a month, Mann-Kendall p = {trend.Trend.PValue:0.####}")));
        }

        foreach (var group in satisfaction.Signals.GroupBy(s => s.Chart))
        {
            found.Add(new("c1", "c1-csi-" + group.Key, $"Find the special cause behind the signals on {group.Key}", Invariant($"{group.Count()} flagged month(s): {string.Join(", ", group.Select(s => s.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)))}")));
        }

        foreach (var metric in new[] { satisfaction.Nps, satisfaction.Csat }.Where(m => m.Change is { Significant: true, Difference: < 0 }))
        {
            found.Add(new("c1", "c1-surveys", $"Understand the fall in {metric.Name}", Invariant($"{metric.Name} changed by {metric.Change!.Difference:0.#} (p = {metric.Change.PValue:0.####})")));
        }

        foreach (var objective in objectives.Objectives.Where(o => o.Status is "missed" or "at risk"))
        {
            found.Add(new("c2", "c2", $"Bring {objective.Name} back to its target", Invariant($"latest {objective.Latest:0.###} {objective.Unit} against target {objective.Target:0.###} ({objective.Status})")));
        }

        AddSla(found, "acknowledgement", process.Acknowledgement);
        AddSla(found, "response", process.Response);
        if (complaints.ByCategory.Count > 0 && complaints.ByCategory[0].Percent >= 30)
        {
            var top = complaints.ByCategory[0];
            found.Add(new("c4", "c4-pareto", $"Reduce complaints about {top.Category}", Invariant($"{top.Count} of {complaints.Received} complaints ({top.Percent:0.#} %)")));
        }

        if (complaints.RatePoints.Any(p => p.InPeriod && p.Flagged))
        {
            found.Add(new("c4", "c4-rate", "Find the special cause behind the complaint-rate signals", Invariant($"{complaints.RatePoints.Count(p => p.InPeriod && p.Flagged)} flagged month(s) on the u-chart")));
        }

        if (complaints.CorrectiveActions.VerifiedNotEffective > 0)
        {
            found.Add(new("c4", "c4-actions", "Revisit corrective actions found not effective", Invariant($"{complaints.CorrectiveActions.VerifiedNotEffective} verified not effective")));
        }

        if (risks.OverdueReviews > 0)
        {
            found.Add(new("e", "e", "Catch up the overdue risk reviews", Invariant($"{risks.OverdueReviews} risk(s) past their review date")));
        }

        return new ImprovementsSection(found);
    }

    private static void AddSla(List<Improvement> found, string step, TimeMeasure measure)
    {
        if (measure.WithinSlaPercent is { } percent && percent < SlaTargetPercent)
        {
            found.Add(new("c3", "c3", $"Speed up complaint {step}", Invariant($"{percent:0.#} % within SLA (aim {SlaTargetPercent:0} %)")));
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
