namespace CustomerComms.Domain.Complaints;

/// <summary>
/// The service-level targets for complaint handling, by severity, in elapsed (calendar) time from receipt.
/// Time the SLA clock is paused while waiting on the customer is added to the due times.
/// </summary>
public static class ComplaintSlaPolicy
{
    public static IReadOnlyDictionary<ComplaintSeverity, ComplaintSlaTarget> Targets { get; } =
        new Dictionary<ComplaintSeverity, ComplaintSlaTarget>
        {
            [ComplaintSeverity.Critical] = new(TimeSpan.FromHours(4), TimeSpan.FromDays(2)),
            [ComplaintSeverity.High] = new(TimeSpan.FromDays(1), TimeSpan.FromDays(5)),
            [ComplaintSeverity.Medium] = new(TimeSpan.FromDays(2), TimeSpan.FromDays(10)),
            [ComplaintSeverity.Low] = new(TimeSpan.FromDays(3), TimeSpan.FromDays(20)),
        };

    public static ComplaintSlaTarget For(ComplaintSeverity severity)
    {
        return Targets[severity];
    }
}
