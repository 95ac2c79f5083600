using CustomerComms.Domain.Persistence;
using CustomerComms.Domain.Risks;
using CustomerComms.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>e) Risks and opportunities: open register by band, treated items before and after treatment, reviews.</summary>
internal static class RisksQuery
{
    public const int ListLimit = 20;

    public static async Task<RisksSection> BuildAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var end = period.End;
        var open = db.Set<RiskOpportunity>().Where(r => r.IdentifiedAt < end && (r.ClosedAt == null || r.ClosedAt >= end));
        var byBand = await open.GroupBy(r => r.Band).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var treated = await open
            .Where(r => r.Treatment != null)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.Kind, r.Title, r.Owner, r.Score, r.Band, r.ResidualScore, r.ResidualBand, r.Treatment })
            .Take(ListLimit)
            .ToListAsync(cancellationToken);
        var reviews = db.Set<RiskReview>().Where(r => r.ReviewedAt >= period.Start && r.ReviewedAt < end);
        var reviewCount = await reviews.CountAsync(cancellationToken);
        var effective = await reviews.CountAsync(r => r.Effective, cancellationToken);
        var overdueReviews = (await OpenRiskEntries.AtAsync(db, end, cancellationToken)).Where(e => e.ReviewOverdue).Select(e => e.Id).ToHashSet();

        return new RisksSection(
            byBand.Sum(b => b.Count),
            Counting.Lines(byBand.Select(b => (b.Key, b.Count))),
            treated.Select(r => new RiskLine(
                r.Kind.ToString(), r.Title, r.Owner, r.Score, r.Band.ToString(), r.ResidualScore, r.ResidualBand?.ToString(),
                r.Treatment!.Value.ToString(), overdueReviews.Contains(r.Id))).ToList(),
            reviewCount,
            effective,
            overdueReviews.Count);
    }
}
