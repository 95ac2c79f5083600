namespace CustomerComms.Domain.Complaints;

/// <summary>The stages of complaint handling (ISO 10002). <see cref="ComplaintWorkflow"/> says which follow which.</summary>
public enum ComplaintStatus
{
    Received,
    Acknowledged,
    Assessed,
    Investigating,
    Responded,
    Escalated,
    Closed,
    Reopened,
}
