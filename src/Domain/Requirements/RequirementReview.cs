using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.Requirements;

/// <summary>
/// The review before committing to supply (ISO 9001 §8.2.3): for an order, contract or tender, each requirement
/// found can-meet, cannot-meet or difference-resolved, verbal requirements confirmed, and the decision with its
/// rationale. Once decided it is a retained record (§8.2.3.2): every further change is refused.
/// </summary>
public sealed class RequirementReview : Entity
{
    public const int SubjectMaxLength = 200;
    public const int ReviewerMaxLength = 200;
    public const int VerbalConfirmationMaxLength = 1000;
    public const int RationaleMaxLength = 4000;
    public const string RetainedRecordCode = "RETAINED_RECORD";

    private readonly List<RequirementReviewItem> _items = [];

    private RequirementReview()
    {
    }

    /// <param name="subject">The order, contract or tender reviewed, e.g. <c>PO 4500123</c>.</param>
    public RequirementReview(string subject, int? customerId, string reviewer, DateTime reviewedAt)
    {
        var validSubject = Require.Text(subject, "subject", SubjectMaxLength);
        int? validCustomer = customerId is int id ? Require.Positive(id, "customerId") : null;
        var validReviewer = Require.Text(reviewer, "reviewer", ReviewerMaxLength);
        var validAt = Require.Utc(reviewedAt, "reviewedAt");
        Subject = validSubject;
        CustomerId = validCustomer;
        Reviewer = validReviewer;
        ReviewedAt = validAt;
    }

    public string Subject { get; private set; } = "";

    public int? CustomerId { get; private set; }

    public string Reviewer { get; private set; } = "";

    public DateTime ReviewedAt { get; private set; }

    /// <summary>True once the customer's verbal requirements were confirmed before acceptance (§8.2.3.1).</summary>
    public bool VerbalRequirementsConfirmed { get; private set; }

    /// <summary>How, and with whom, the verbal requirements were confirmed.</summary>
    public string? VerbalConfirmationDetails { get; private set; }

    /// <summary>Null until decided.</summary>
    public ReviewDecision? Decision { get; private set; }

    public string? DecisionRationale { get; private set; }

    public DateTime? DecidedAt { get; private set; }

    public bool IsDecided => Decision is not null;

    public IReadOnlyList<RequirementReviewItem> Items => _items;

    /// <summary>Adds the finding for one requirement, at its current revision; each requirement once per review.</summary>
    public RequirementReviewItem AddItem(Requirement requirement, ReviewItemOutcome outcome, string? resolution = null, string? notes = null)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var (validOutcome, validResolution, validNotes) = RequirementReviewItem.Valid(outcome, resolution, notes);
        EnsureOpen();
        if (requirement.Status is RequirementStatus.Superseded or RequirementStatus.Withdrawn)
        {
            throw new DomainValidationException("requirementId", $"The requirement is {requirement.Status} and cannot be reviewed.");
        }

        if (_items.Any(i => i.IsFor(requirement)))
        {
            throw new DomainValidationException("requirementId", "The requirement is in this review already.");
        }

        var item = new RequirementReviewItem(requirement, validOutcome, validResolution, validNotes);
        _items.Add(item);
        return item;
    }

    /// <summary>Changes the finding for a requirement already in the review, e.g. a difference now resolved.</summary>
    public void ChangeItem(Requirement requirement, ReviewItemOutcome outcome, string? resolution = null, string? notes = null)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        var (validOutcome, validResolution, validNotes) = RequirementReviewItem.Valid(outcome, resolution, notes);
        EnsureOpen();
        var item = _items.FirstOrDefault(i => i.IsFor(requirement))
            ?? throw new DomainValidationException("requirementId", "The requirement is not in this review.");
        item.Set(validOutcome, validResolution, validNotes);
    }

    /// <summary>Records that the customer's verbal requirements were confirmed, and how and with whom.</summary>
    public void ConfirmVerbalRequirements(string howAndWithWhom)
    {
        var valid = Require.Text(howAndWithWhom, "verbalConfirmationDetails", VerbalConfirmationMaxLength);
        EnsureOpen();
        VerbalRequirementsConfirmed = true;
        VerbalConfirmationDetails = valid;
    }

    /// <summary>
    /// Decides the review; from then on it is a retained record. Needs at least one item; Accepted is refused
    /// while any item is CannotMeet (accept with conditions, or decline).
    /// </summary>
    public void Decide(ReviewDecision decision, string rationale, DateTime at)
    {
        var validDecision = Require.Defined(decision, "decision");
        var validRationale = Require.Text(rationale, "rationale", RationaleMaxLength);
        var validAt = Require.NotBefore(Require.Utc(at, "at"), ReviewedAt, "at", "reviewedAt");
        EnsureOpen();
        if (_items.Count == 0)
        {
            throw new DomainValidationException("items", "Review at least one requirement before deciding.");
        }

        if (validDecision == ReviewDecision.Accepted && _items.Any(i => i.Outcome == ReviewItemOutcome.CannotMeet))
        {
            throw new DomainValidationException(
                "decision",
                "A review with a requirement that cannot be met cannot be accepted outright; resolve the difference, accept with conditions, or decline.");
        }

        Decision = validDecision;
        DecisionRationale = validRationale;
        DecidedAt = validAt;
    }

    private void EnsureOpen()
    {
        if (IsDecided)
        {
            throw new DomainException(RetainedRecordCode, $"The review of {Subject} was decided ({Decision}); it is a retained record and cannot change.");
        }
    }
}
