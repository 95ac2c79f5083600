namespace CustomerComms.Domain.Satisfaction;

/// <summary>How a value stands against an indicator's thresholds (green / amber / red).</summary>
public enum TargetStatus
{
    Met,
    AtRisk,
    Missed,
}
