namespace CustomerComms.Domain.Requirements;

public enum RequirementStatus
{
    Draft,
    UnderReview,
    Accepted,
    Rejected,
    Superseded,
    Withdrawn,
}
