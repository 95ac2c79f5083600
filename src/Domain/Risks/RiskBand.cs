namespace CustomerComms.Domain.Risks;

/// <summary>Bands of a likelihood × impact score: Low ≤ 5, Medium 6–10, High 12–19, Critical ≥ 20.</summary>
public enum RiskBand
{
    Low,
    Medium,
    High,
    Critical,
}
