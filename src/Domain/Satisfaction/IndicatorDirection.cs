namespace CustomerComms.Domain.Satisfaction;

public enum IndicatorDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
