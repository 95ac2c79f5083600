using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Reports.Model;

namespace CustomerComms.Reports;

/// <summary>A rendered management review: its bytes and everything needed to store it as a <see cref="ManagementReview"/>.</summary>
/// <param name="TemplateName">The layout used, marked when templates were overridden.</param>
/// <param name="TemplateHash">SHA-256 over all templates used.</param>
/// <param name="DataSnapshot">The report model as JSON: the data the document shows.</param>
public sealed record GeneratedReport(
    string Title,
    ReportPeriod Period,
    ReportFormat Format,
    string ContentType,
    byte[] Content,
    string TemplateName,
    string TemplateHash,
    string DataSnapshot,
    DateTime GeneratedAt,
    ManagementReviewReport Report)
{
    /// <summary>The immutable record to store (7.5), with its content hash computed by the domain.</summary>
    public ManagementReview ToRecord(string generatedBy) =>
        new(Title, Period.From, Period.To, Format, TemplateName, TemplateHash, Content, DataSnapshot, generatedBy, GeneratedAt);
}
