namespace CustomerComms.Domain.Satisfaction;

public enum MeasurementFrequency
{
    Weekly,
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}
