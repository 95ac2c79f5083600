using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Requirements;

/// <summary>
/// The finding of a review for one requirement, at the revision reviewed: can meet, cannot meet, or a difference
/// that was resolved (with how). Added through <see cref="RequirementReview.AddItem"/>.
/// </summary>
public sealed class RequirementReviewItem : Entity
{
    public const int ResolutionMaxLength = 4000;
    public const int NotesMaxLength = 4000;

    private RequirementReviewItem()
    {
    }

    internal RequirementReviewItem(Requirement requirement, ReviewItemOutcome outcome, string? resolution, string? notes)
    {
        Requirement = requirement;
        RequirementId = requirement.Id;
        RequirementRevision = requirement.Revision;
        Set(outcome, resolution, notes);
    }

    public int RequirementReviewId { get; private set; }

    public int RequirementId { get; private set; }

    public Requirement Requirement { get; private set; } = null!;

    /// <summary>The requirement's <see cref="Requirements.Requirement.Revision"/> when it was reviewed.</summary>
    public int RequirementRevision { get; private set; }

    public ReviewItemOutcome Outcome { get; private set; }

    /// <summary>How the difference was resolved; set exactly when the outcome is DifferenceResolved.</summary>
    public string? Resolution { get; private set; }

    public string? Notes { get; private set; }

    internal bool IsFor(Requirement requirement)
    {
        return (requirement.Id != 0 && requirement.Id == RequirementId) || ReferenceEquals(Requirement, requirement);
    }

    internal void Set(ReviewItemOutcome outcome, string? resolution, string? notes)
    {
        Outcome = outcome;
        Resolution = resolution;
        Notes = notes;
    }

    internal static (ReviewItemOutcome Outcome, string? Resolution, string? Notes) Valid(ReviewItemOutcome outcome, string? resolution, string? notes)
    {
        var validOutcome = Require.Defined(outcome, "outcome");
        var validResolution = validOutcome == ReviewItemOutcome.DifferenceResolved
            ? Require.Text(resolution, "resolution", ResolutionMaxLength)
            : Require.OptionalText(resolution, "resolution", ResolutionMaxLength);
        if (validOutcome != ReviewItemOutcome.DifferenceResolved && validResolution is not null)
        {
            throw new DomainValidationException("resolution", "A resolution is recorded only for a difference resolved.");
        }

        return (validOutcome, validResolution, Require.OptionalText(notes, "notes", NotesMaxLength));
    }
}
