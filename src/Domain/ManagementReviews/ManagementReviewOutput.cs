using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.ManagementReviews;

/// <summary>
/// A decision or action that came out of a management review (ISO 9001 §9.3.3); the next review reports on its
/// status (§9.3.2 a). Added through <see cref="ManagementReview.AddOutput"/>.
/// </summary>
public sealed class ManagementReviewOutput : Entity
{
    public const int DescriptionMaxLength = 4000;
    public const int OwnerMaxLength = 200;
    public const int NoteMaxLength = 2000;

    private ManagementReviewOutput()
    {
    }

    internal ManagementReviewOutput(ReviewOutputKind kind, string description, string? owner, DateOnly? dueDate)
    {
        Kind = kind;
        Description = description;
        Owner = owner;
        DueDate = dueDate;
        Status = ReviewOutputStatus.Open;
    }

    public int ManagementReviewId { get; private set; }

    public ReviewOutputKind Kind { get; private set; }

    public string Description { get; private set; } = "";

    /// <summary>Required for an action.</summary>
    public string? Owner { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public ReviewOutputStatus Status { get; private set; }

    /// <summary>When it was done or cancelled.</summary>
    public DateTime? CompletedAt { get; private set; }

    public string? CompletionNote { get; private set; }

    public IReadOnlyList<ReviewOutputStatus> AllowedTransitions => ReviewOutputWorkflow.AllowedFrom(Status);

    /// <summary>True when it is still open after its due date.</summary>
    public bool IsOverdue(DateOnly on)
    {
        return Status == ReviewOutputStatus.Open && DueDate is DateOnly due && on > due;
    }

    public void Complete(DateTime at, string? note = null)
    {
        var validAt = Require.Utc(at, "at");
        var validNote = Require.OptionalText(note, "note", NoteMaxLength);
        ReviewOutputWorkflow.EnsureCanMove(Status, ReviewOutputStatus.Done);
        Status = ReviewOutputStatus.Done;
        CompletedAt = validAt;
        CompletionNote = validNote;
    }

    public void Cancel(DateTime at, string reason)
    {
        var validAt = Require.Utc(at, "at");
        var validReason = Require.Text(reason, "reason", NoteMaxLength);
        ReviewOutputWorkflow.EnsureCanMove(Status, ReviewOutputStatus.Cancelled);
        Status = ReviewOutputStatus.Cancelled;
        CompletedAt = validAt;
        CompletionNote = validReason;
    }
}
