namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>The stages of a corrective action (ISO 9001 §10.2). <see cref="CorrectiveActionWorkflow"/> says which follow which.</summary>
public enum CorrectiveActionStatus
{
    Open,
    InProgress,
    Implemented,
    Verified,
    Closed,
}
