using CustomerComms.Domain.Common;

namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>One action to take: who does it by when, and when it was done. Created through <see cref="CorrectiveAction.AddStep"/>.</summary>
public sealed class CorrectiveActionStep : Entity
{
    public const int DescriptionMaxLength = 2000;
    public const int OwnerMaxLength = 200;
    public const int NotesMaxLength = 2000;

    private CorrectiveActionStep()
    {
    }

    internal CorrectiveActionStep(CorrectiveAction action, int number, string description, string owner, DateTime dueAt)
    {
        CorrectiveAction = action;
        CorrectiveActionId = action.Id;
        Number = number;
        Description = description;
        Owner = owner;
        DueAt = dueAt;
    }

    public int CorrectiveActionId { get; private set; }

    public CorrectiveAction CorrectiveAction { get; private set; } = null!;

    /// <summary>1, 2, 3, … in the order the steps were added to their corrective action.</summary>
    public int Number { get; private set; }

    public string Description { get; private set; } = "";

    public string Owner { get; private set; } = "";

    public DateTime DueAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public string? Notes { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public bool IsOverdue(DateTime at)
    {
        Require.Utc(at, "at");
        return CompletedAt is null && at > DueAt;
    }

    internal void Complete(DateTime completedAt, string? notes)
    {
        CompletedAt = completedAt;
        Notes = notes ?? Notes;
    }
}
