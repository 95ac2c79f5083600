using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Property;

/// <summary>
/// Property belonging to a customer while it is under the organisation's control (ISO 9001 §8.2.1 d, §8.5.3):
/// what it is, when and in what condition it arrived, where it is kept, and any loss, damage or unsuitability
/// reported to the customer. Status changes follow <see cref="PropertyWorkflow"/>.
/// </summary>
public sealed class CustomerPropertyItem : Entity
{
    public const int DescriptionMaxLength = 1000;
    public const int ReferenceMaxLength = 100;
    public const int ConditionMaxLength = 1000;
    public const int LocationMaxLength = 200;

    private readonly List<PropertyIssueReport> _issues = [];

    private CustomerPropertyItem()
    {
    }

    /// <param name="reference">The customer's own identification, e.g. a part or asset number.</param>
    public CustomerPropertyItem(
        int customerId,
        string description,
        PropertyKind kind,
        DateTime receivedAt,
        string conditionOnReceipt,
        string storageLocation,
        string? reference = null)
    {
        var validCustomer = Require.Positive(customerId, "customerId");
        var validDescription = Require.Text(description, "description", DescriptionMaxLength);
        var validKind = Require.Defined(kind, "kind");
        var validReceived = Require.Utc(receivedAt, "receivedAt");
        var validCondition = Require.Text(conditionOnReceipt, "conditionOnReceipt", ConditionMaxLength);
        var validLocation = Require.Text(storageLocation, "storageLocation", LocationMaxLength);
        var validReference = Require.OptionalText(reference, "reference", ReferenceMaxLength);

        CustomerId = validCustomer;
        Description = validDescription;
        Kind = validKind;
        ReceivedAt = validReceived;
        ConditionOnReceipt = validCondition;
        StorageLocation = validLocation;
        Reference = validReference;
        Status = PropertyStatus.Held;
    }

    public int CustomerId { get; private set; }

    public string Description { get; private set; } = "";

    public PropertyKind Kind { get; private set; }

    public string? Reference { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public string ConditionOnReceipt { get; private set; } = "";

    /// <summary>Where it is kept (for data: the system or repository holding it).</summary>
    public string StorageLocation { get; private set; } = "";

    public PropertyStatus Status { get; private set; }

    public DateTime? ReturnedAt { get; private set; }

    public IReadOnlyList<PropertyIssueReport> Issues => _issues;

    public IReadOnlyList<PropertyStatus> AllowedTransitions => PropertyWorkflow.AllowedFrom(Status);

    /// <summary>True while an issue has not been reported to the customer.</summary>
    public bool HasUnreportedIssue => _issues.Any(i => i.ReportedToCustomerAt is null);

    public void UpdateDescription(string description, PropertyKind kind, string? reference)
    {
        var validDescription = Require.Text(description, "description", DescriptionMaxLength);
        var validKind = Require.Defined(kind, "kind");
        var validReference = Require.OptionalText(reference, "reference", ReferenceMaxLength);
        Description = validDescription;
        Kind = validKind;
        Reference = validReference;
    }

    /// <summary>Records a new storage location without changing the status.</summary>
    public void Relocate(string storageLocation)
    {
        var valid = Require.Text(storageLocation, "storageLocation", LocationMaxLength);
        if (Status is PropertyStatus.Returned or PropertyStatus.Lost)
        {
            throw new DomainValidationException("storageLocation", $"The item is {Status}; it has no storage location to change.");
        }

        StorageLocation = valid;
    }

    public void PutInUse()
    {
        PropertyWorkflow.EnsureCanMove(Status, PropertyStatus.InUse);
        Status = PropertyStatus.InUse;
    }

    /// <summary>Back into storage: after use, or when a lost item is found or a damaged one repaired.</summary>
    public void PutInStorage(string storageLocation)
    {
        var valid = Require.Text(storageLocation, "storageLocation", LocationMaxLength);
        PropertyWorkflow.EnsureCanMove(Status, PropertyStatus.Held);
        Status = PropertyStatus.Held;
        StorageLocation = valid;
    }

    public void Return(DateTime at)
    {
        var validAt = Require.NotBefore(Require.Utc(at, "at"), ReceivedAt, "at", "receivedAt");
        PropertyWorkflow.EnsureCanMove(Status, PropertyStatus.Returned);
        Status = PropertyStatus.Returned;
        ReturnedAt = validAt;
    }

    /// <summary>
    /// Raises an issue; a loss moves the item to Lost and damage to Damaged (unsuitability leaves the status).
    /// The customer must then be told: <see cref="RecordReportedToCustomer"/>.
    /// </summary>
    public PropertyIssueReport ReportIssue(PropertyIssueKind kind, string description, DateTime occurredAt, string reportedBy)
    {
        var validKind = Require.Defined(kind, "kind");
        var validDescription = Require.Text(description, "description", PropertyIssueReport.DescriptionMaxLength);
        var validAt = Require.NotBefore(Require.Utc(occurredAt, "occurredAt"), ReceivedAt, "occurredAt", "receivedAt");
        var validBy = Require.Text(reportedBy, "reportedBy", PropertyIssueReport.ReportedByMaxLength);
        PropertyStatus? to = validKind switch
        {
            PropertyIssueKind.Lost => PropertyStatus.Lost,
            PropertyIssueKind.Damaged => PropertyStatus.Damaged,
            _ => null,
        };
        if (Status == PropertyStatus.Returned)
        {
            throw new DomainValidationException("kind", "The item was returned to the customer; it is no longer under the organisation's control.");
        }

        if (to is PropertyStatus target && target != Status)
        {
            PropertyWorkflow.EnsureCanMove(Status, target);
        }

        var issue = new PropertyIssueReport(validKind, validDescription, validAt, validBy);
        _issues.Add(issue);
        Status = to ?? Status;
        return issue;
    }

    public void RecordReportedToCustomer(PropertyIssueReport issue, DateTime at)
    {
        var own = Own(issue);
        var validAt = Require.NotBefore(Require.Utc(at, "reportedToCustomerAt"), own.OccurredAt, "reportedToCustomerAt", "occurredAt");
        if (own.ReportedToCustomerAt is not null)
        {
            throw new DomainValidationException("reportedToCustomerAt", "The issue was reported to the customer already.");
        }

        own.MarkReportedToCustomer(validAt);
    }

    public void RecordCustomerResponse(PropertyIssueReport issue, string response, DateTime at)
    {
        var own = Own(issue);
        var validResponse = Require.Text(response, "customerResponse", PropertyIssueReport.CustomerResponseMaxLength);
        var validAt = Require.Utc(at, "at");
        if (own.ReportedToCustomerAt is not DateTime reported)
        {
            throw new DomainValidationException("customerResponse", "Report the issue to the customer before recording their response.");
        }

        Require.NotBefore(validAt, reported, "at", "reportedToCustomerAt");
        own.SetCustomerResponse(validResponse, validAt);
    }

    private PropertyIssueReport Own(PropertyIssueReport issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return _issues.FirstOrDefault(i => ReferenceEquals(i, issue))
            ?? throw new DomainValidationException("issueId", "The issue is not one of this item's.");
    }
}
