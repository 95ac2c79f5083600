using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Property;

/// <summary>
/// Customer property lost, damaged or found unsuitable, and its reporting to the customer (ISO 9001 §8.5.3).
/// Raised and updated through <see cref="CustomerPropertyItem"/>.
/// </summary>
public sealed class PropertyIssueReport : Entity
{
    public const int DescriptionMaxLength = 4000;
    public const int ReportedByMaxLength = 200;
    public const int CustomerResponseMaxLength = 4000;

    private PropertyIssueReport()
    {
    }

    internal PropertyIssueReport(PropertyIssueKind kind, string description, DateTime occurredAt, string reportedBy)
    {
        Kind = kind;
        Description = description;
        OccurredAt = occurredAt;
        ReportedBy = reportedBy;
    }

    public int CustomerPropertyItemId { get; private set; }

    public PropertyIssueKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    public DateTime OccurredAt { get; private set; }

    /// <summary>Who in the organisation raised the issue.</summary>
    public string ReportedBy { get; private set; } = "";

    /// <summary>When the customer was told; null while they have not been.</summary>
    public DateTime? ReportedToCustomerAt { get; private set; }

    public string? CustomerResponse { get; private set; }

    public DateTime? CustomerRespondedAt { get; private set; }

    internal void MarkReportedToCustomer(DateTime at)
    {
        ReportedToCustomerAt = at;
    }

    internal void SetCustomerResponse(string response, DateTime at)
    {
        CustomerResponse = response;
        CustomerRespondedAt = at;
    }
}
