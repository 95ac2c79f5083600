namespace CustomerComms.Domain.Complaints;

public enum ComplaintCategory
{
    ProductQuality,
    Delivery,
    Service,
    Documentation,
    Billing,
    Communication,
    Safety,
    Other,
}
