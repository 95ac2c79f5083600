using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Domain.Persistence;
using CustomerComms.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>
/// d) Open workload per owner at the end of the period, grouped in SQL per kind of item. Overdue complaints are those
/// c3 counts (<see cref="ComplaintDeadlines.OverdueAt"/>), so the owners' overdue complaints add up to its figure.
/// </summary>
internal static class ResourcesQuery
{
    private const string NoOwner = "(unassigned)";

    public static async Task<ResourcesSection> BuildAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var end = period.End;
        var complaints = await db.Set<Complaint>()
            .Where(c => c.ReceivedAt < end && (c.ClosedAt == null || c.ClosedAt >= end))
            .GroupBy(c => c.Owner)
            .Select(g => new OwnerCount(g.Key, g.Count(), 0))
            .ToListAsync(cancellationToken);
        var overdueComplaints = await db.Set<Complaint>()
            .Where(ComplaintDeadlines.OverdueAt(end))
            .GroupBy(c => c.Owner)
            .Select(g => new OwnerCount(g.Key, 0, g.Count()))
            .ToListAsync(cancellationToken);
        var actions = await db.Set<CorrectiveAction>()
            .Where(a => a.OpenedAt < end && (a.ClosedAt == null || a.ClosedAt >= end))
            .GroupBy(a => a.Owner)
            .Select(g => new OwnerCount(g.Key, g.Count(), g.Count(a => a.DueAt < end)))
            .ToListAsync(cancellationToken);
        var risks = (await OpenRiskEntries.AtAsync(db, end, cancellationToken))
            .GroupBy(r => r.Owner, StringComparer.Ordinal)
            .Select(g => new OwnerCount(g.Key, g.Count(), g.Count(r => r.ReviewOverdue)))
            .ToList();
        // Outputs of reviews made by the end that were not yet done or cancelled at it.
        var reviewActions = await db.Set<ManagementReview>()
            .Where(r => r.GeneratedAt < end)
            .SelectMany(r => r.Outputs)
            .Where(o => o.Status == ReviewOutputStatus.Open || o.CompletedAt >= end)
            .GroupBy(o => o.Owner)
            .Select(g => new OwnerCount(g.Key, g.Count(), g.Count(o => o.DueDate <= period.To)))
            .ToListAsync(cancellationToken);

        var all = complaints.Concat(overdueComplaints).Concat(actions).Concat(risks).Concat(reviewActions).ToList();
        var owners = all.Select(o => o.Owner ?? NoOwner).Distinct(StringComparer.Ordinal);
        int CountOf(List<OwnerCount> list, string owner) => list.Where(o => (o.Owner ?? NoOwner) == owner).Sum(o => o.Open);
        var lines = owners
            .Select(owner => new WorkloadLine(
                owner,
                CountOf(complaints, owner),
                CountOf(actions, owner),
                CountOf(risks, owner),
                CountOf(reviewActions, owner),
                all.Where(o => (o.Owner ?? NoOwner) == owner).Sum(o => o.Overdue)))
            .OrderByDescending(l => l.Total).ThenBy(l => l.Owner, StringComparer.Ordinal)
            .ToList();
        return new ResourcesSection(lines, lines.Where(l => l.Owner == NoOwner).Sum(l => l.Total));
    }

    private sealed record OwnerCount(string? Owner, int Open, int Overdue);
}
