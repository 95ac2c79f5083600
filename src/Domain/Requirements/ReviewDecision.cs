namespace CustomerComms.Domain.Requirements;

public enum ReviewDecision
{
    Accepted,
    AcceptedWithConditions,
    Declined,
}
