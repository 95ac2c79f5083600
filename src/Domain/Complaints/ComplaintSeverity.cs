namespace CustomerComms.Domain.Complaints;

/// <summary>How serious a complaint is; sets its SLA targets (<see cref="ComplaintSlaPolicy"/>).</summary>
public enum ComplaintSeverity
{
    Low,
    Medium,
    High,
    Critical,
}
