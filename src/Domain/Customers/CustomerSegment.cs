namespace CustomerComms.Domain.Customers;

/// <summary>The kind of customer relationship, used to group communication and satisfaction figures.</summary>
public enum CustomerSegment
{
    Enterprise,
    MidMarket,
    SmallBusiness,
    PublicSector,
    Distributor,
    Consumer,
}
