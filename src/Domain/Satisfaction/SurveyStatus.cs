namespace CustomerComms.Domain.Satisfaction;

public enum SurveyStatus
{
    Draft,
    Open,
    Closed,
}
