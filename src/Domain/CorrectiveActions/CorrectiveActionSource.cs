namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>What raised the corrective action.</summary>
public enum CorrectiveActionSource
{
    Complaint,
    Audit,
    Nonconformity,
    Other,
}
