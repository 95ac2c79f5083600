using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Persistence;
using CustomerComms.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>c4) Complaints by category, severity and status, the monthly complaint-rate u-chart, corrective actions.</summary>
internal static class ComplaintsQuery
{
    public static async Task<ComplaintsSection> BuildAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var inPeriod = db.Set<Complaint>().Where(c => c.ReceivedAt >= period.Start && c.ReceivedAt < period.End);
        var previous = period.Previous;
        var received = await inPeriod.CountAsync(cancellationToken);
        var previousReceived = await db.Set<Complaint>().CountAsync(c => c.ReceivedAt >= previous.Start && c.ReceivedAt < previous.End, cancellationToken);

        var byCategory = await inPeriod.GroupBy(c => c.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var bySeverity = await inPeriod.GroupBy(c => c.Severity).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byStatus = await inPeriod.GroupBy(c => c.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var safety = await inPeriod.CountAsync(c => c.IsSafetyRelated, cancellationToken);

        var cumulative = 0;
        var pareto = byCategory
            .OrderByDescending(c => c.Count).ThenBy(c => c.Key)
            .Select(c =>
            {
                cumulative += c.Count;
                return new ParetoLine(c.Key.ToString(), c.Count, Counting.Percent(c.Count, received), Counting.Percent(cumulative, received));
            })
            .ToList();

        return new ComplaintsSection(
            received,
            previousReceived,
            pareto,
            Counting.Lines(bySeverity.Select(s => (s.Key, s.Count))),
            Counting.Lines(byStatus.Select(s => (s.Key, s.Count))),
            safety,
            await RateAsync(db, period, cancellationToken),
            await CorrectiveActionsAsync(db, period, cancellationToken));
    }

    private static async Task<IReadOnlyList<RatePoint>> RateAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var whole = new ReportPeriod(period.Previous.From, period.To);
        var complaints = await db.Set<Complaint>()
            .Where(c => c.ReceivedAt >= whole.Start && c.ReceivedAt < whole.End)
            .GroupBy(c => new { c.ReceivedAt.Year, c.ReceivedAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var communications = await db.Set<Communication>()
            .Where(c => c.Direction == CommunicationDirection.Inbound && c.OccurredAt >= whole.Start && c.OccurredAt < whole.End)
            .GroupBy(c => new { c.OccurredAt.Year, c.OccurredAt.Month })
            .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var months = whole.Months
            .Select(m => (
                Month: m,
                Complaints: complaints.FirstOrDefault(c => c.Year == m.Year && c.Month == m.Month)?.Count ?? 0,
                Communications: communications.FirstOrDefault(c => c.Year == m.Year && c.Month == m.Month)?.Count ?? 0))
            .Where(m => m.Communications > 0)
            .ToList();
        if (months.Count < 3 || months.Sum(m => m.Complaints) == 0)
        {
            return [];
        }

        var baseline = months.Count(m => m.Month < period.From);
        var chart = UChart.Build(
            months.Select(m => (double)m.Complaints).ToList(),
            months.Select(m => m.Communications / 100.0).ToList(),
            new ControlChartOptions { PhaseOneCount = baseline >= IndicatorSeries.MinimumBaseline ? baseline : null, RunRules = RunRuleNames.Settings });
        return chart.Points
            .Select(p => new RatePoint(
                months[p.Index].Month, months[p.Index].Complaints, months[p.Index].Communications,
                IndicatorSeries.Round(p.Value), IndicatorSeries.Round(p.Center), IndicatorSeries.Round(p.LowerLimit), IndicatorSeries.Round(p.UpperLimit),
                months[p.Index].Month >= period.From, RunRuleNames.Describe(p.Violations)))
            .ToList();
    }

    private static async Task<CorrectiveActionSummary> CorrectiveActionsAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var actions = db.Set<CorrectiveAction>();
        var (start, end) = (period.Start, period.End);
        var opened = await actions.CountAsync(a => a.OpenedAt >= start && a.OpenedAt < end, cancellationToken);
        var closed = await actions.CountAsync(a => a.ClosedAt >= start && a.ClosedAt < end, cancellationToken);
        var verified = actions.Where(a => a.EffectivenessCheckedAt >= start && a.EffectivenessCheckedAt < end);
        var effective = await verified.CountAsync(a => a.IsEffective == true, cancellationToken);
        var notEffective = await verified.CountAsync(a => a.IsEffective == false, cancellationToken);

        var open = actions.Where(a => a.OpenedAt < end && (a.ClosedAt == null || a.ClosedAt >= end));
        var (d30, d90, d180) = (end.AddDays(-30), end.AddDays(-90), end.AddDays(-180));
        var ageing = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["0–30 days"] = await open.CountAsync(a => a.OpenedAt >= d30, cancellationToken),
            ["31–90 days"] = await open.CountAsync(a => a.OpenedAt < d30 && a.OpenedAt >= d90, cancellationToken),
            ["91–180 days"] = await open.CountAsync(a => a.OpenedAt < d90 && a.OpenedAt >= d180, cancellationToken),
            ["over 180 days"] = await open.CountAsync(a => a.OpenedAt < d180, cancellationToken),
        };
        return new CorrectiveActionSummary(
            opened, closed, effective, notEffective, ageing.Values.Sum(),
            Counting.Lines(ageing, ["0–30 days", "31–90 days", "91–180 days", "over 180 days"]));
    }
}
