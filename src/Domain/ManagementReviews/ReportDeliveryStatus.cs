namespace CustomerComms.Domain.ManagementReviews;

public enum ReportDeliveryStatus
{
    /// <summary>Not tried yet, or tried and still within its attempts.</summary>
    Pending,

    Delivered,

    /// <summary>Every attempt of the last run failed; the next run tries again.</summary>
    Failed,
}
