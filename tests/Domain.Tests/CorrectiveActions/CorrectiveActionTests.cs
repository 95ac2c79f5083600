using CustomerComms.Domain.Common;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Domain.Tests.CorrectiveActions;

public sealed class CorrectiveActionTests
{
    private static readonly DateTime Opened = new(2026, 4, 1, 8, 0, 0, DateTimeKind.Utc);

    public static TheoryData<CorrectiveActionStatus, CorrectiveActionStatus> AllMoves()
    {
        var data = new TheoryData<CorrectiveActionStatus, CorrectiveActionStatus>();
        foreach (var from in Enum.GetValues<CorrectiveActionStatus>())
        {
            // Open is where an action starts; no operation leads back to it.
            foreach (var to in Enum.GetValues<CorrectiveActionStatus>().Where(s => s != CorrectiveActionStatus.Open))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Fact]
    public void Transitions_AreOpenToClosedWithEffectivenessLoop()
    {
        var expected = new Dictionary<CorrectiveActionStatus, CorrectiveActionStatus[]>
        {
            [CorrectiveActionStatus.Open] = [CorrectiveActionStatus.InProgress],
            [CorrectiveActionStatus.InProgress] = [CorrectiveActionStatus.Implemented],
            [CorrectiveActionStatus.Implemented] = [CorrectiveActionStatus.Verified, CorrectiveActionStatus.InProgress],
            [CorrectiveActionStatus.Verified] = [CorrectiveActionStatus.Closed],
            [CorrectiveActionStatus.Closed] = [],
        };

        Assert.Equal(expected.Count, CorrectiveActionWorkflow.Transitions.Count);
        foreach (var (from, targets) in expected)
        {
            Assert.Equal(targets, CorrectiveActionWorkflow.AllowedFrom(from));
        }
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void Move_AnyStateToAnyTarget_FollowsTheTable(CorrectiveActionStatus from, CorrectiveActionStatus to)
    {
        var action = InState(from);
        var changedAt = action.StatusChangedAt;
        var at = changedAt.AddDays(1);

        if (CorrectiveActionWorkflow.CanMove(from, to))
        {
            MoveTo(action, to, at);

            Assert.Equal(to, action.Status);
            Assert.Equal(at, action.StatusChangedAt);
        }
        else
        {
            var error = Assert.Throws<InvalidTransitionException>(() => MoveTo(action, to, at));

            Assert.Equal(nameof(CorrectiveAction), error.Entity);
            Assert.Equal(from.ToString(), error.From);
            Assert.Equal(to.ToString(), error.To);
            Assert.Equal(CorrectiveActionWorkflow.AllowedFrom(from).Select(s => s.ToString()), error.Allowed);
            Assert.Equal(from, action.Status);
            Assert.Equal(changedAt, action.StatusChangedAt);
        }
    }

    [Theory]
    [InlineData(CorrectiveActionStatus.Open)]
    [InlineData(CorrectiveActionStatus.InProgress)]
    [InlineData(CorrectiveActionStatus.Implemented)]
    public void Close_Unverified_RefusedBecauseEffectivenessNotVerified(CorrectiveActionStatus from)
    {
        var action = InState(from);

        var error = Assert.Throws<InvalidTransitionException>(() => action.Close(action.StatusChangedAt.AddDays(1)));

        Assert.Contains("its effectiveness has not been verified", error.Message, StringComparison.Ordinal);
        Assert.Equal(from, action.Status);
        Assert.Null(action.ClosedAt);
    }

    [Fact]
    public void Close_Implemented_MessageNamesReasonAndAllowedTargets()
    {
        var action = InState(CorrectiveActionStatus.Implemented);

        var error = Assert.Throws<InvalidTransitionException>(() => action.Close(action.StatusChangedAt.AddDays(1)));

        Assert.Equal(
            "CorrectiveAction cannot move from Implemented to Closed: its effectiveness has not been verified. "
            + "Allowed from Implemented: Verified, InProgress.",
            error.Message);
    }

    [Fact]
    public void Close_WhenClosed_SaysClosedIsFinal()
    {
        var action = InState(CorrectiveActionStatus.Closed);

        var error = Assert.Throws<InvalidTransitionException>(() => action.Close(action.StatusChangedAt.AddDays(1)));

        Assert.Empty(error.Allowed);
        Assert.EndsWith("Closed is final.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkImplemented_WithOpenSteps_RefusedAndStaysInProgress()
    {
        var action = NewAction();
        action.Start(Opened.AddHours(1));
        action.AddStep("Replace worn tool", "maintenance", Opened.AddDays(7));
        action.AddStep("Train operators", "training", Opened.AddDays(14));
        action.CompleteStep(1, Opened.AddDays(2));

        var error = Assert.Throws<InvalidTransitionException>(() => action.MarkImplemented(Opened.AddDays(3)));

        Assert.Contains("1 of its 2 action steps are still open", error.Message, StringComparison.Ordinal);
        Assert.Equal(["Implemented"], error.Allowed);
        Assert.Equal(CorrectiveActionStatus.InProgress, action.Status);
        Assert.Null(action.ImplementedAt);
    }

    [Fact]
    public void MarkImplemented_WithoutSteps_Refused()
    {
        var action = NewAction();
        action.Start(Opened.AddHours(1));

        var error = Assert.Throws<InvalidTransitionException>(() => action.MarkImplemented(Opened.AddDays(3)));

        Assert.Contains("no action steps", error.Message, StringComparison.Ordinal);
        Assert.Equal(CorrectiveActionStatus.InProgress, action.Status);
    }

    [Fact]
    public void VerifyEffectiveness_Ineffective_BackToInProgressForMoreSteps()
    {
        var action = InState(CorrectiveActionStatus.Implemented);
        var at = action.StatusChangedAt.AddDays(30);

        action.VerifyEffectiveness(false, "Scratches recur on line 2", "qa.lead", at);

        Assert.Equal(CorrectiveActionStatus.InProgress, action.Status);
        Assert.False(action.IsEffective);
        Assert.Equal(at, action.EffectivenessCheckedAt);
        Assert.Equal("qa.lead", action.EffectivenessCheckedBy);
        Assert.Equal(1, action.EffectivenessCheckCount);
        var step = action.AddStep("Fit guard on line 2", "maintenance", at.AddDays(7));
        Assert.Equal(2, step.Number);
    }

    [Fact]
    public void VerifyEffectiveness_Effective_ThenClose()
    {
        var action = InState(CorrectiveActionStatus.Implemented);
        var at = action.StatusChangedAt.AddDays(30);

        action.VerifyEffectiveness(true, "No recurrence in 30 days", "qa.lead", at);
        action.Close(at.AddDays(1));

        Assert.Equal(CorrectiveActionStatus.Closed, action.Status);
        Assert.True(action.IsEffective);
        Assert.Equal(at.AddDays(1), action.ClosedAt);
    }

    [Fact]
    public void VerifyEffectiveness_BlankNotes_NamesNotesAndStaysImplemented()
    {
        var action = InState(CorrectiveActionStatus.Implemented);

        var error = Assert.Throws<DomainValidationException>(
            () => action.VerifyEffectiveness(true, " ", "qa.lead", action.StatusChangedAt.AddDays(1)));

        Assert.Equal("notes", error.Field);
        Assert.Equal(CorrectiveActionStatus.Implemented, action.Status);
        Assert.Null(action.IsEffective);
        Assert.Equal(0, action.EffectivenessCheckCount);
    }

    [Fact]
    public void Start_WhenImplemented_RefusedSoOnlyAVerificationReopensTheWork()
    {
        var action = InState(CorrectiveActionStatus.Implemented);

        var error = Assert.Throws<InvalidTransitionException>(() => action.Start(action.StatusChangedAt.AddDays(1)));

        Assert.Contains("ineffective", error.Message, StringComparison.Ordinal);
        Assert.Equal(CorrectiveActionStatus.Implemented, action.Status);
    }

    [Fact]
    public void CompleteStep_UnknownNumber_NamesStepNumber()
    {
        var action = NewAction();
        action.AddStep("Replace worn tool", "maintenance", Opened.AddDays(7));

        var error = Assert.Throws<DomainValidationException>(() => action.CompleteStep(2, Opened.AddDays(1)));

        Assert.Equal("stepNumber", error.Field);
    }

    [Fact]
    public void CompleteStep_Twice_RefusedAndFirstCompletionKept()
    {
        var action = NewAction();
        action.AddStep("Replace worn tool", "maintenance", Opened.AddDays(7));
        action.CompleteStep(1, Opened.AddDays(1), "Done");

        var error = Assert.Throws<DomainValidationException>(() => action.CompleteStep(1, Opened.AddDays(2), "Again"));

        Assert.Equal("stepNumber", error.Field);
        Assert.Equal(Opened.AddDays(1), action.Steps[0].CompletedAt);
        Assert.Equal("Done", action.Steps[0].Notes);
    }

    [Fact]
    public void CompleteStep_BeforeOpened_NamesCompletedAt()
    {
        var action = NewAction();
        action.AddStep("Replace worn tool", "maintenance", Opened.AddDays(7));

        var error = Assert.Throws<DomainValidationException>(() => action.CompleteStep(1, Opened.AddDays(-1)));

        Assert.Equal("completedAt", error.Field);
        Assert.False(action.Steps[0].IsCompleted);
    }

    [Fact]
    public void AddStep_WhenImplemented_Refused()
    {
        var action = InState(CorrectiveActionStatus.Implemented);

        var error = Assert.Throws<DomainValidationException>(() => action.AddStep("Late idea", "me", Opened.AddDays(30)));

        Assert.Equal("status", error.Field);
        Assert.Single(action.Steps);
    }

    [Fact]
    public void AddStep_DueBeforeOpened_NamesDueAtAndAddsNothing()
    {
        var action = NewAction();

        var error = Assert.Throws<DomainValidationException>(() => action.AddStep("Replace tool", "maintenance", Opened.AddDays(-1)));

        Assert.Equal("dueAt", error.Field);
        Assert.Empty(action.Steps);
    }

    [Fact]
    public void StepIsOverdue_OpenPastDue_True()
    {
        var action = NewAction();
        var step = action.AddStep("Replace tool", "maintenance", Opened.AddDays(7));

        Assert.False(step.IsOverdue(Opened.AddDays(7)));
        Assert.True(step.IsOverdue(Opened.AddDays(8)));
        action.CompleteStep(1, Opened.AddDays(9));
        Assert.False(step.IsOverdue(Opened.AddDays(10)));
    }

    [Fact]
    public void IsOverdue_PastDueUntilImplemented()
    {
        var action = new CorrectiveAction(
            new CorrectiveActionNumber(2026, 1), CorrectiveActionSource.Audit, "Fix", "Desc", "owner", Opened, dueAt: Opened.AddDays(10));

        Assert.False(action.IsOverdue(Opened.AddDays(10)));
        Assert.True(action.IsOverdue(Opened.AddDays(11)));
    }

    [Fact]
    public void Constructor_SourceComplaintWithoutComplaint_NamesComplaintId()
    {
        var error = Assert.Throws<DomainValidationException>(() => new CorrectiveAction(
            new CorrectiveActionNumber(2026, 1), CorrectiveActionSource.Complaint, "Fix", "Desc", "owner", Opened));

        Assert.Equal("complaintId", error.Field);
    }

    [Fact]
    public void Constructor_ComplaintWithOtherSource_NamesComplaintId()
    {
        var error = Assert.Throws<DomainValidationException>(() => new CorrectiveAction(
            new CorrectiveActionNumber(2026, 1), CorrectiveActionSource.Audit, "Fix", "Desc", "owner", Opened, NewComplaint()));

        Assert.Equal("complaintId", error.Field);
    }

    [Theory]
    [InlineData("", "Desc", "owner", "title")]
    [InlineData("Fix", "", "owner", "description")]
    [InlineData("Fix", "Desc", " ", "owner")]
    public void Constructor_MissingText_NamesField(string title, string description, string owner, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => new CorrectiveAction(
            new CorrectiveActionNumber(2026, 1), CorrectiveActionSource.Other, title, description, owner, Opened));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Constructor_FromComplaint_KeepsComplaintAndNumber()
    {
        var complaint = NewComplaint();

        var action = new CorrectiveAction(
            new CorrectiveActionNumber(2026, 7), CorrectiveActionSource.Complaint, "Fix", "Desc", "owner", Opened, complaint);

        Assert.Same(complaint, action.Complaint);
        Assert.Equal("CA-2026-00007", action.Number);
        Assert.Equal(CorrectiveActionStatus.Open, action.Status);
    }

    [Fact]
    public void RecordCauseAnalysis_UndefinedMethod_NamesMethodAndKeepsRootCause()
    {
        var action = NewAction();
        action.RecordCauseAnalysis("Worn tool", CauseAnalysisMethod.FiveWhys);

        var error = Assert.Throws<DomainValidationException>(() => action.RecordCauseAnalysis("Other", (CauseAnalysisMethod)77));

        Assert.Equal("method", error.Field);
        Assert.Equal("Worn tool", action.RootCause);
        Assert.Equal(CauseAnalysisMethod.FiveWhys, action.AnalysisMethod);
    }

    [Theory]
    [InlineData("CA-2026-00042", 2026, 42)]
    [InlineData("CA-2031-99999", 2031, 99_999)]
    public void Number_ParseAndFormat_RoundTrip(string text, int year, int sequence)
    {
        var number = CorrectiveActionNumber.Parse(text);

        Assert.Equal(new CorrectiveActionNumber(year, sequence), number);
        Assert.Equal(text, number.ToString());
        Assert.False(CorrectiveActionNumber.TryParse("CMP-2026-00042", out _));
    }

    /// <summary>An action driven through the workflow to <paramref name="status"/>, one day per step, with one completed step.</summary>
    private static CorrectiveAction InState(CorrectiveActionStatus status)
    {
        var action = NewAction();
        if (status == CorrectiveActionStatus.Open)
        {
            return action;
        }

        action.Start(Opened.AddDays(1));
        action.AddStep("Replace worn tool", "maintenance", Opened.AddDays(7));
        action.CompleteStep(1, Opened.AddDays(2), "Tool replaced");
        foreach (var step in new[] { CorrectiveActionStatus.Implemented, CorrectiveActionStatus.Verified, CorrectiveActionStatus.Closed }
            .Where(s => s <= status))
        {
            MoveTo(action, step, action.StatusChangedAt.AddDays(1));
        }

        Assert.Equal(status, action.Status);
        return action;
    }

    private static void MoveTo(CorrectiveAction action, CorrectiveActionStatus to, DateTime at)
    {
        switch (to)
        {
            case CorrectiveActionStatus.InProgress when action.Status == CorrectiveActionStatus.Implemented:
                action.VerifyEffectiveness(false, "Problem recurred", "qa.lead", at);
                break;
            case CorrectiveActionStatus.InProgress:
                action.Start(at);
                break;
            case CorrectiveActionStatus.Implemented:
                action.MarkImplemented(at);
                break;
            case CorrectiveActionStatus.Verified:
                action.VerifyEffectiveness(true, "No recurrence", "qa.lead", at);
                break;
            case CorrectiveActionStatus.Closed:
                action.Close(at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(to));
        }
    }

    private static CorrectiveAction NewAction()
    {
        return new CorrectiveAction(
            new CorrectiveActionNumber(2026, 1), CorrectiveActionSource.Nonconformity, "Scratched housings", "Lot 7 scratched", "qa.lead", Opened);
    }

    private static Complaint NewComplaint()
    {
        var customer = new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
        return new Complaint(new ComplaintNumber(2026, 1), customer, ComplaintSeverity.High, ComplaintCategory.ProductQuality, "Scratches", Opened);
    }
}
