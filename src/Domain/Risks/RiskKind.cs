namespace CustomerComms.Domain.Risks;

public enum RiskKind
{
    Risk,
    Opportunity,
}
