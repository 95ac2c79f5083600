namespace CustomerComms.Domain.ManagementReviews;

/// <summary>The outputs of a management review (ISO 9001 §9.3.3): decisions and actions.</summary>
public enum ReviewOutputKind
{
    Decision,
    Action,
}
