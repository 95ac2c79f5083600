using CustomerComms.Domain.Persistence;
using CustomerComms.Domain.Requirements;
using CustomerComms.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>b) Requirement changes (8.2.4), reviews done (8.2.3) and reviews pending, counted in SQL.</summary>
internal static class RequirementsQuery
{
    public const int ListLimit = 15;

    public static async Task<RequirementsSection> BuildAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var changes = db.Set<RequirementChange>().Where(c => c.ChangedAt >= period.Start && c.ChangedAt < period.End);
        var previous = period.Previous;
        var changeCount = await changes.CountAsync(cancellationToken);
        var previousCount = await db.Set<RequirementChange>()
            .CountAsync(c => c.ChangedAt >= previous.Start && c.ChangedAt < previous.End, cancellationToken);
        var unnotified = await changes.CountAsync(c => !c.Notifications.Any(), cancellationToken);

        var recent = await (
            from change in changes
            join requirement in db.Set<Requirement>() on change.RequirementId equals requirement.Id
            orderby change.ChangedAt descending, change.Id descending
            select new
            {
                change.ChangedAt,
                requirement.Title,
                change.FromRevision,
                change.ToRevision,
                change.Description,
                change.ChangedBy,
                Documents = change.DocumentsAmended.Count,
                Notified = change.Notifications.Count,
            }).Take(ListLimit).ToListAsync(cancellationToken);

        var reviews = db.Set<RequirementReview>().Where(r => r.ReviewedAt >= period.Start && r.ReviewedAt < period.End);
        var byDecision = await reviews
            .GroupBy(r => r.Decision)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var decisionCounts = byDecision.ToDictionary(d => d.Key?.ToString() ?? "Pending", d => d.Count, StringComparer.Ordinal);

        var pending = await db.Set<RequirementReview>()
            .CountAsync(r => r.ReviewedAt < period.End && (r.DecidedAt == null || r.DecidedAt >= period.End), cancellationToken);
        var underReview = await db.Set<Requirement>().CountAsync(r => r.Status == RequirementStatus.UnderReview, cancellationToken);

        return new RequirementsSection(
            recent.Select(c => new RequirementChangeLine(
                DateOnly.FromDateTime(c.ChangedAt), c.Title, c.FromRevision, c.ToRevision, c.Description, c.ChangedBy, c.Documents, c.Notified)).ToList(),
            changeCount,
            previousCount,
            unnotified,
            decisionCounts.Values.Sum(),
            Counting.Lines(decisionCounts, [.. Enum.GetNames<ReviewDecision>(), "Pending"]),
            pending,
            underReview);
    }
}
