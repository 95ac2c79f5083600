namespace CustomerComms.Reports.Model;

/// <summary>a) Status of actions from previous management reviews.</summary>
/// <param name="Actions">Outputs of earlier reviews that were open at the start of the period or finished during it.</param>
public sealed record PreviousActionsSection(
    IReadOnlyList<PreviousAction> Actions,
    int Open,
    int Done,
    int Cancelled,
    int Overdue)
{
    /// <summary>True when earlier reviews recorded outputs this review has to report on.</summary>
    public bool HasData => Actions.Count > 0;
}

/// <summary>One decision or action recorded by an earlier review.</summary>
public sealed record PreviousAction(
    string ReviewTitle,
    DateOnly ReviewPeriodTo,
    string Kind,
    string Description,
    string? Owner,
    DateOnly? DueDate,
    string Status,
    DateTime? CompletedAt,
    string? CompletionNote,
    bool IsOverdue);
