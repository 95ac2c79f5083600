namespace CustomerComms.Domain.Risks;

public enum RiskStatus
{
    Identified,
    Assessed,
    Treating,
    Monitoring,
    Closed,
}
