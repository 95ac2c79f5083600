namespace CustomerComms.Domain.ManagementReviews;

public enum ReviewOutputStatus
{
    Open,
    Done,
    Cancelled,
}
