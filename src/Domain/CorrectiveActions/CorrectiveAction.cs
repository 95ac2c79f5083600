using System.Globalization;
using CustomerComms.Domain.Common;
using CustomerComms.Domain.Complaints;

namespace CustomerComms.Domain.CorrectiveActions;

/// <summary>
/// A corrective action (ISO 9001 §10.2): containment, cause analysis, action steps with owners and due dates, and
/// a verification of effectiveness before it may close (<see cref="CorrectiveActionWorkflow"/>). Every operation
/// takes the time it happens at, in UTC.
/// </summary>
public sealed class CorrectiveAction : Entity
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 8000;
    public const int OwnerMaxLength = 200;
    public const int LongTextMaxLength = 4000;

    private readonly List<CorrectiveActionStep> _steps = [];

    private CorrectiveAction()
    {
    }

    /// <param name="complaint">The complaint that raised the action: required when <paramref name="source"/> is Complaint, refused otherwise.</param>
    /// <param name="dueAt">The target date for the whole action, if set.</param>
    public CorrectiveAction(
        CorrectiveActionNumber number,
        CorrectiveActionSource source,
        string title,
        string description,
        string owner,
        DateTime openedAt,
        Complaint? complaint = null,
        DateTime? dueAt = null)
    {
        var validSource = Require.Defined(source, "source");
        var validTitle = Require.Text(title, "title", TitleMaxLength);
        var validDescription = Require.Text(description, "description", DescriptionMaxLength);
        var validOwner = Require.Text(owner, "owner", OwnerMaxLength);
        var validOpenedAt = Require.Utc(openedAt, "openedAt");
        if (validSource == CorrectiveActionSource.Complaint && complaint is null)
        {
            throw new DomainValidationException("complaintId", "A corrective action raised from a complaint names the complaint.");
        }

        if (validSource != CorrectiveActionSource.Complaint && complaint is not null)
        {
            throw new DomainValidationException("complaintId", $"A corrective action raised from {validSource} cannot name a complaint; use source Complaint.");
        }

        DateTime? validDueAt = dueAt is { } due
            ? Require.NotBefore(Require.Utc(due, "dueAt"), validOpenedAt, "dueAt", "openedAt")
            : null;

        Number = number.ToString();
        Source = validSource;
        Complaint = complaint;
        ComplaintId = complaint is { Id: not 0 } ? complaint.Id : null;
        Title = validTitle;
        Description = validDescription;
        Owner = validOwner;
        OpenedAt = validOpenedAt;
        StatusChangedAt = validOpenedAt;
        DueAt = validDueAt;
        Status = CorrectiveActionStatus.Open;
    }

    /// <summary><c>CA-YYYY-NNNNN</c>, unique.</summary>
    public string Number { get; private set; } = "";

    public CorrectiveActionSource Source { get; private set; }

    public int? ComplaintId { get; private set; }

    public Complaint? Complaint { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Owner { get; private set; } = "";

    public CorrectiveActionStatus Status { get; private set; }

    /// <summary>When the status last changed; no later operation may be dated before it.</summary>
    public DateTime StatusChangedAt { get; private set; }

    public DateTime OpenedAt { get; private set; }

    public DateTime? DueAt { get; private set; }

    /// <summary>What was done at once to contain the problem and its consequences.</summary>
    public string? Containment { get; private set; }

    public string? RootCause { get; private set; }

    public CauseAnalysisMethod? AnalysisMethod { get; private set; }

    public DateTime? StartedAt { get; private set; }

    public DateTime? ImplementedAt { get; private set; }

    /// <summary>The outcome of the latest effectiveness check; null before the first.</summary>
    public bool? IsEffective { get; private set; }

    public DateTime? EffectivenessCheckedAt { get; private set; }

    public string? EffectivenessCheckedBy { get; private set; }

    public string? EffectivenessNotes { get; private set; }

    /// <summary>How many effectiveness checks have been made, the ineffective ones included.</summary>
    public int EffectivenessCheckCount { get; private set; }

    public DateTime? ClosedAt { get; private set; }

    public IReadOnlyList<CorrectiveActionStep> Steps => _steps;

    public int OpenStepCount => _steps.Count(s => !s.IsCompleted);

    /// <summary>True when the action has a due time, is not yet implemented, and <paramref name="at"/> is past it.</summary>
    public bool IsOverdue(DateTime at)
    {
        Require.Utc(at, "at");
        return DueAt is { } due && Status is CorrectiveActionStatus.Open or CorrectiveActionStatus.InProgress && at > due;
    }

    public void RecordContainment(string containment)
    {
        var validContainment = Require.Text(containment, "containment", LongTextMaxLength);
        EnsureNotClosed();
        Containment = validContainment;
    }

    public void RecordCauseAnalysis(string rootCause, CauseAnalysisMethod method)
    {
        var validRootCause = Require.Text(rootCause, "rootCause", LongTextMaxLength);
        var validMethod = Require.Defined(method, "method");
        EnsureNotClosed();
        RootCause = validRootCause;
        AnalysisMethod = validMethod;
    }

    public void Start(DateTime at)
    {
        var time = ValidTime(at);
        if (Status == CorrectiveActionStatus.Implemented)
        {
            throw CorrectiveActionWorkflow.Refused(
                Status, CorrectiveActionStatus.InProgress, "an implemented action goes back to InProgress only when its effectiveness check finds it ineffective");
        }

        CorrectiveActionWorkflow.EnsureCanMove(Status, CorrectiveActionStatus.InProgress);
        StartedAt = time;
        MoveTo(CorrectiveActionStatus.InProgress, time);
    }

    /// <summary>Adds an action step while the action is Open or InProgress.</summary>
    public CorrectiveActionStep AddStep(string description, string owner, DateTime dueAt)
    {
        var validDescription = Require.Text(description, "description", CorrectiveActionStep.DescriptionMaxLength);
        var validOwner = Require.Text(owner, "owner", CorrectiveActionStep.OwnerMaxLength);
        Require.Utc(dueAt, "dueAt");
        Require.NotBefore(dueAt, OpenedAt, "dueAt", "openedAt");
        if (Status is not (CorrectiveActionStatus.Open or CorrectiveActionStatus.InProgress))
        {
            throw new DomainValidationException("status", $"Steps are added while a corrective action is Open or InProgress; it is {Status}.");
        }

        var step = new CorrectiveActionStep(this, _steps.Count + 1, validDescription, validOwner, dueAt);
        _steps.Add(step);
        return step;
    }

    public void CompleteStep(int stepNumber, DateTime completedAt, string? notes = null)
    {
        var step = _steps.FirstOrDefault(s => s.Number == stepNumber)
            ?? throw new DomainValidationException(
                "stepNumber", string.Create(CultureInfo.InvariantCulture, $"The corrective action has no step {stepNumber}."));
        Require.Utc(completedAt, "completedAt");
        Require.NotBefore(completedAt, OpenedAt, "completedAt", "openedAt");
        var validNotes = Require.OptionalText(notes, "notes", CorrectiveActionStep.NotesMaxLength);
        if (step.IsCompleted)
        {
            throw new DomainValidationException(
                "stepNumber", string.Create(CultureInfo.InvariantCulture, $"Step {stepNumber} is already completed."));
        }

        EnsureNotClosed();
        step.Complete(completedAt, validNotes);
    }

    /// <summary>Every step is done. Refused while any step is open, or when there are no steps.</summary>
    public void MarkImplemented(DateTime at)
    {
        var time = ValidTime(at);
        CorrectiveActionWorkflow.EnsureCanMove(Status, CorrectiveActionStatus.Implemented);
        if (_steps.Count == 0)
        {
            throw CorrectiveActionWorkflow.Refused(Status, CorrectiveActionStatus.Implemented, "it has no action steps");
        }

        var open = OpenStepCount;
        if (open > 0)
        {
            throw CorrectiveActionWorkflow.Refused(
                Status,
                CorrectiveActionStatus.Implemented,
                string.Create(CultureInfo.InvariantCulture, $"{open} of its {_steps.Count} action steps are still open"));
        }

        ImplementedAt = time;
        MoveTo(CorrectiveActionStatus.Implemented, time);
    }

    /// <summary>
    /// Records the check of whether the implemented actions worked. Effective: the action is Verified and may close.
    /// Ineffective: it goes back to InProgress for further steps.
    /// </summary>
    public void VerifyEffectiveness(bool effective, string notes, string verifiedBy, DateTime at)
    {
        var validNotes = Require.Text(notes, "notes", LongTextMaxLength);
        var validBy = Require.Text(verifiedBy, "verifiedBy", OwnerMaxLength);
        var time = ValidTime(at);
        var target = effective ? CorrectiveActionStatus.Verified : CorrectiveActionStatus.InProgress;
        if (Status != CorrectiveActionStatus.Implemented)
        {
            throw CorrectiveActionWorkflow.Refused(Status, target, "effectiveness is verified once the action is Implemented");
        }

        IsEffective = effective;
        EffectivenessCheckedAt = time;
        EffectivenessCheckedBy = validBy;
        EffectivenessNotes = validNotes;
        EffectivenessCheckCount++;
        MoveTo(target, time);
    }

    /// <summary>Closes the action; refused until its effectiveness has been verified.</summary>
    public void Close(DateTime at)
    {
        var time = ValidTime(at);
        CorrectiveActionWorkflow.EnsureCanMove(Status, CorrectiveActionStatus.Closed);
        ClosedAt = time;
        MoveTo(CorrectiveActionStatus.Closed, time);
    }

    private DateTime ValidTime(DateTime at)
    {
        Require.Utc(at, "at");
        return Require.NotBefore(at, StatusChangedAt, "at", "the last status change");
    }

    private void MoveTo(CorrectiveActionStatus status, DateTime at)
    {
        Status = status;
        StatusChangedAt = at;
    }

    private void EnsureNotClosed()
    {
        if (Status == CorrectiveActionStatus.Closed)
        {
            throw new DomainValidationException("status", "A closed corrective action cannot be changed.");
        }
    }
}
