namespace CustomerComms.Domain.Property;

public enum PropertyStatus
{
    Held,
    InUse,
    Returned,
    Lost,
    Damaged,
}
