using CustomerComms.Domain.Persistence;
using CustomerComms.Domain.Risks;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>
/// The risks and opportunities open at the end of a period, with the next review date each had then. The register keeps
/// only the current date, which a review after the end moves on; for such an entry the date is worked out again as
/// <see cref="RiskOpportunity.RecordReview"/> sets it: the last review before the end (or the identification) plus the
/// review frequency. Worked out here rather than in SQL because the domain's month arithmetic is .NET's
/// (08-31 plus six months is 02-28, not 03-03 as in SQLite), and a register is small.
/// </summary>
internal static class OpenRiskEntries
{
    public static async Task<IReadOnlyList<OpenRiskEntry>> AtAsync(CustomerCommsDbContext db, DateTime end, CancellationToken cancellationToken)
    {
        var rows = await db.Set<RiskOpportunity>()
            .Where(r => r.IdentifiedAt < end && (r.ClosedAt == null || r.ClosedAt >= end))
            .Select(r => new
            {
                r.Id,
                r.Owner,
                r.IdentifiedAt,
                r.ReviewFrequencyMonths,
                r.LastReviewedAt,
                r.NextReviewDue,
                LastReviewBeforeEnd = r.Reviews.Where(v => v.ReviewedAt < end).Max(v => (DateTime?)v.ReviewedAt),
            })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r =>
            {
                var dueAtEnd = r.LastReviewedAt >= end ? (r.LastReviewBeforeEnd ?? r.IdentifiedAt).AddMonths(r.ReviewFrequencyMonths) : r.NextReviewDue;
                return new OpenRiskEntry(r.Id, r.Owner, ReviewOverdue: dueAtEnd < end);
            })
            .ToList();
    }
}
