namespace CustomerComms.Domain.Complaints;

/// <summary>How long after receipt a complaint of one severity must be acknowledged and answered.</summary>
public sealed record ComplaintSlaTarget(TimeSpan Acknowledgement, TimeSpan Response);
