using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Risks;

/// <summary>The 5 × 5 rating of ISO 9001 §6.1: likelihood and impact 1–5, score their product, band from the score.</summary>
public static class RiskScoring
{
    public const int MinRating = 1;
    public const int MaxRating = 5;

    private static readonly IReadOnlyList<RiskTreatment> RiskTreatments =
        [RiskTreatment.Avoid, RiskTreatment.Mitigate, RiskTreatment.Transfer, RiskTreatment.Accept];

    private static readonly IReadOnlyList<RiskTreatment> OpportunityTreatments =
        [RiskTreatment.Exploit, RiskTreatment.Enhance, RiskTreatment.Share, RiskTreatment.Accept];

    /// <summary>Likelihood × impact, 1–25; refuses ratings outside 1–5, naming the given fields.</summary>
    public static int Score(int likelihood, int impact, string likelihoodField = "likelihood", string impactField = "impact")
    {
        Require.InRange(likelihood, likelihoodField, MinRating, MaxRating);
        Require.InRange(impact, impactField, MinRating, MaxRating);
        return likelihood * impact;
    }

    /// <summary>Low ≤ 5, Medium 6–10, High 11–19 (no product of two ratings is 11), Critical ≥ 20.</summary>
    public static RiskBand Band(int score)
    {
        Require.InRange(score, "score", MinRating * MinRating, MaxRating * MaxRating);
        return score switch
        {
            <= 5 => RiskBand.Low,
            <= 10 => RiskBand.Medium,
            <= 19 => RiskBand.High,
            _ => RiskBand.Critical,
        };
    }

    /// <summary>The treatments that fit <paramref name="kind"/>.</summary>
    public static IReadOnlyList<RiskTreatment> TreatmentsFor(RiskKind kind)
    {
        return kind == RiskKind.Opportunity ? OpportunityTreatments : RiskTreatments;
    }
}
