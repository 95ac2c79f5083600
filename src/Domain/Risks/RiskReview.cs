using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Risks;

/// <summary>
/// One periodic review of a risk or opportunity: its rating at the time and whether the actions taken were
/// effective (ISO 9001 §6.1.2 b 2, §9.3.2 e). Recorded through <see cref="RiskOpportunity.RecordReview"/>.
/// </summary>
public sealed class RiskReview : Entity
{
    public const int ReviewerMaxLength = 200;
    public const int NotesMaxLength = 4000;

    private RiskReview()
    {
    }

    internal RiskReview(DateTime reviewedAt, string reviewer, int likelihood, int impact, bool effective, string? effectivenessNotes)
    {
        ReviewedAt = reviewedAt;
        Reviewer = reviewer;
        Likelihood = likelihood;
        Impact = impact;
        Score = likelihood * impact;
        Band = RiskScoring.Band(Score);
        Effective = effective;
        EffectivenessNotes = effectivenessNotes;
    }

    public int RiskOpportunityId { get; private set; }

    public DateTime ReviewedAt { get; private set; }

    public string Reviewer { get; private set; } = "";

    public int Likelihood { get; private set; }

    public int Impact { get; private set; }

    public int Score { get; private set; }

    public RiskBand Band { get; private set; }

    /// <summary>Whether the actions taken were judged effective at this review.</summary>
    public bool Effective { get; private set; }

    public string? EffectivenessNotes { get; private set; }

    internal static string? ValidNotes(string? notes)
    {
        return Require.OptionalText(notes, "effectivenessNotes", NotesMaxLength);
    }
}
