using CustomerComms.Domain.Common;
using CustomerComms.Domain.Requirements;

namespace CustomerComms.Domain.Tests.Requirements;

public sealed class RequirementTests
{
    private static readonly DateTime Changed = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    internal static Requirement NewRequirement(string text = "Housings free of visible scratches.") => new(
        RequirementSource.Customer, "Contract 88 §4.2", "Pump P-100", 7, "Surface finish", text, "Dana Reyes");

    [Fact]
    public void Constructor_Valid_StartsAsDraftAtRevisionOne()
    {
        var requirement = NewRequirement();

        Assert.Equal(1, requirement.Revision);
        Assert.Equal(RequirementStatus.Draft, requirement.Status);
        Assert.Equal(7, requirement.CustomerId);
    }

    [Theory]
    [InlineData(RequirementSource.Statutory)]
    [InlineData(RequirementSource.Regulatory)]
    public void Constructor_LawWithoutReference_NamesReference(RequirementSource source)
    {
        var error = Assert.Throws<DomainValidationException>(() => new Requirement(source, null, "Pump", null, "t", "x", "o"));

        Assert.Equal("reference", error.Field);
    }

    [Fact]
    public void Constructor_ImpliedWithoutReference_IsAccepted()
    {
        var requirement = new Requirement(RequirementSource.Implied, null, "Pump", null, "Safe to handle", "No sharp edges.", "o");

        Assert.Null(requirement.Reference);
    }

    [Fact]
    public void ApplyChange_NewText_BumpsRevisionAndRecordsTheChange()
    {
        var requirement = NewRequirement();

        var change = requirement.ApplyChange("No scratches longer than 1 mm.", "Tolerance agreed", ["DWG-1042 rev C", "WI-17"], "Lee", Changed);

        Assert.Equal(2, requirement.Revision);
        Assert.Equal("No scratches longer than 1 mm.", requirement.Text);
        Assert.Equal((1, 2), (change.FromRevision, change.ToRevision));
        Assert.Equal("Housings free of visible scratches.", change.PreviousText);
        Assert.Equal(["DWG-1042 rev C", "WI-17"], change.DocumentsAmended.Select(d => d.Reference));
        Assert.Same(change, Assert.Single(requirement.Changes));
    }

    [Fact]
    public void ApplyChange_Twice_RevisionsFollowOn()
    {
        var requirement = NewRequirement();
        requirement.ApplyChange("Second text", "First change", null, "Lee", Changed);

        var change = requirement.ApplyChange("Third text", "Second change", null, "Lee", Changed.AddDays(1));

        Assert.Equal((2, 3), (change.FromRevision, change.ToRevision));
        Assert.Equal(3, requirement.Revision);
    }

    [Fact]
    public void ApplyChange_SameText_IsRefusedAndNothingChanges()
    {
        var requirement = NewRequirement();

        var error = Assert.Throws<DomainValidationException>(() => requirement.ApplyChange(requirement.Text, "None", null, "Lee", Changed));

        Assert.Equal("newText", error.Field);
        Assert.Equal(1, requirement.Revision);
        Assert.Empty(requirement.Changes);
    }

    [Fact]
    public void ApplyChange_Withdrawn_IsRefusedAndNothingChanges()
    {
        var requirement = NewRequirement();
        requirement.Withdraw();

        var error = Assert.Throws<DomainValidationException>(() => requirement.ApplyChange("New", "Change", null, "Lee", Changed));

        Assert.Equal("status", error.Field);
        Assert.Equal(1, requirement.Revision);
        Assert.Equal("Housings free of visible scratches.", requirement.Text);
    }

    [Fact]
    public void ApplyChange_LocalTime_NamesChangedAt()
    {
        var requirement = NewRequirement();

        var error = Assert.Throws<DomainValidationException>(() => requirement.ApplyChange("New", "Change", null, "Lee", new DateTime(2026, 3, 2)));

        Assert.Equal("changedAt", error.Field);
        Assert.Equal(1, requirement.Revision);
    }

    [Fact]
    public void RecordNotification_AfterChange_IsKept()
    {
        var change = NewRequirement().ApplyChange("New", "Change", null, "Lee", Changed);

        change.RecordNotification("Sam Ortiz", "Production lead", Changed.AddHours(1));

        var notification = Assert.Single(change.Notifications);
        Assert.Equal(("Sam Ortiz", "Production lead"), (notification.Name, notification.Role));
    }

    [Fact]
    public void RecordNotification_BeforeChange_IsRefused()
    {
        var change = NewRequirement().ApplyChange("New", "Change", null, "Lee", Changed);

        var error = Assert.Throws<DomainValidationException>(() => change.RecordNotification("Sam", null, Changed.AddHours(-1)));

        Assert.Equal("notifiedAt", error.Field);
        Assert.Empty(change.Notifications);
    }

    [Fact]
    public void Workflow_DraftToAcceptedToSuperseded_FollowsTheTable()
    {
        var requirement = NewRequirement();

        requirement.SubmitForReview();
        requirement.Accept();
        requirement.Supersede();

        Assert.Equal(RequirementStatus.Superseded, requirement.Status);
        Assert.Empty(requirement.AllowedTransitions);
    }

    [Fact]
    public void Accept_FromDraft_IsRefusedWithAllowedList()
    {
        var requirement = NewRequirement();

        var error = Assert.Throws<InvalidTransitionException>(requirement.Accept);

        Assert.Equal(["UnderReview", "Withdrawn"], error.Allowed);
        Assert.Equal(RequirementStatus.Draft, requirement.Status);
    }

    [Fact]
    public void ReturnToDraft_Rejected_IsAllowed()
    {
        var requirement = NewRequirement();
        requirement.SubmitForReview();
        requirement.Reject();

        requirement.ReturnToDraft();

        Assert.Equal(RequirementStatus.Draft, requirement.Status);
    }

    [Fact]
    public void Supersede_UnderReview_IsRefused()
    {
        var requirement = NewRequirement();
        requirement.SubmitForReview();

        Assert.Throws<InvalidTransitionException>(requirement.Supersede);
        Assert.Equal(RequirementStatus.UnderReview, requirement.Status);
    }
}
