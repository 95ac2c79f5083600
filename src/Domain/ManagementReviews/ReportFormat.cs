namespace CustomerComms.Domain.ManagementReviews;

public enum ReportFormat
{
    Html,
    Markdown,
    Pdf,
}
