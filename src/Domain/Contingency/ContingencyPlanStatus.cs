namespace CustomerComms.Domain.Contingency;

public enum ContingencyPlanStatus
{
    Draft,
    Active,
    Retired,
}
