using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Domain.Persistence;
using CustomerComms.Reports.Model;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Queries;

/// <summary>a) The outputs recorded on earlier reviews that were still open when the period began or finished in it.</summary>
internal static class PreviousActionsQuery
{
    public static async Task<PreviousActionsSection> BuildAsync(CustomerCommsDbContext db, ReportPeriod period, CancellationToken cancellationToken)
    {
        var start = period.Start;
        var rows = await (
            from review in db.Set<ManagementReview>()
            where review.PeriodTo < period.From
            from output in review.Outputs
            where output.Status == ReviewOutputStatus.Open || output.CompletedAt >= start
            orderby review.PeriodTo, review.Id, output.Id
            select new
            {
                review.Title,
                review.PeriodTo,
                output.Kind,
                output.Description,
                output.Owner,
                output.DueDate,
                output.Status,
                output.CompletedAt,
                output.CompletionNote,
            }).ToListAsync(cancellationToken);

        var actions = rows
            .Select(r => new PreviousAction(
                r.Title,
                r.PeriodTo,
                r.Kind.ToString(),
                r.Description,
                r.Owner,
                r.DueDate,
                r.Status.ToString(),
                r.CompletedAt,
                r.CompletionNote,
                IsOverdue: r.DueDate is { } due && due <= period.To
                    && (r.Status == ReviewOutputStatus.Open || (r.Status == ReviewOutputStatus.Done && r.CompletedAt?.Date > due.ToDateTime(TimeOnly.MinValue)))))
            .ToList();
        return new PreviousActionsSection(
            actions,
            actions.Count(a => a.Status == nameof(ReviewOutputStatus.Open)),
            actions.Count(a => a.Status == nameof(ReviewOutputStatus.Done)),
            actions.Count(a => a.Status == nameof(ReviewOutputStatus.Cancelled)),
            actions.Count(a => a.IsOverdue));
    }
}
