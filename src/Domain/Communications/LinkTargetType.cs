namespace CustomerComms.Domain.Communications;

/// <summary>The kind of record a communication is linked to.</summary>
public enum LinkTargetType
{
    Communication,
    Complaint,
    CorrectiveAction,
    Requirement,
    RequirementReview,
    RequirementChange,
    RiskOpportunity,
    Survey,
    SurveyResponse,
    CustomerPropertyItem,
    ContingencyPlan,
}
