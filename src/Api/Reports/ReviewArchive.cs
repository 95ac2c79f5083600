using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Domain.Persistence;
using CustomerComms.Reports;

namespace CustomerComms.Api.Reports;

/// <summary>Generates a management review and stores it as its immutable record, audited in the same save.</summary>
public sealed class ReviewArchive(ManagementReviewGenerator generator)
{
    /// <summary>Generates the report for <paramref name="request"/> and stores it; nothing is stored when generation fails.</summary>
    public async Task<(GeneratedReport Report, ManagementReview Record)> GenerateAndStoreAsync(
        CustomerCommsDbContext context, ReportRequest request, string generatedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var report = await generator.GenerateAsync(context, request, cancellationToken);
        var record = report.ToRecord(generatedBy);
        context.Add(record);
        await context.SaveChangesAsync(cancellationToken);
        return (report, record);
    }

    /// <summary>The download name of a stored review, e.g. <c>management-review-2026-01-01-to-2026-06-30.html</c>.</summary>
    public static string FileNameOf(ManagementReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        var extension = review.Format switch
        {
            ReportFormat.Markdown => "md",
            ReportFormat.Pdf => "pdf",
            _ => "html",
        };
        return string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"management-review-{review.PeriodFrom:yyyy-MM-dd}-to-{review.PeriodTo:yyyy-MM-dd}.{extension}");
    }
}
