namespace CustomerComms.Domain.Risks;

/// <summary>
/// How a risk or opportunity is dealt with: Avoid, Mitigate, Transfer or Accept for a risk;
/// Exploit, Enhance, Share or Accept for an opportunity (<see cref="RiskScoring.TreatmentsFor"/>).
/// </summary>
public enum RiskTreatment
{
    Avoid,
    Mitigate,
    Transfer,
    Accept,
    Exploit,
    Enhance,
    Share,
}
