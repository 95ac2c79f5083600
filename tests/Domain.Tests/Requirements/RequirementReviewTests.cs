using CustomerComms.Domain.Common;
using CustomerComms.Domain.Requirements;

namespace CustomerComms.Domain.Tests.Requirements;

public sealed class RequirementReviewTests
{
    private static readonly DateTime Reviewed = new(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc);

    private static RequirementReview NewReview() => new("PO 4500123", 7, "Dana Reyes", Reviewed);

    [Fact]
    public void AddItem_CapturesTheRevisionReviewed()
    {
        var requirement = RequirementTests.NewRequirement();
        requirement.ApplyChange("Revised", "Change", null, "Lee", Reviewed.AddDays(-1));
        var review = NewReview();

        var item = review.AddItem(requirement, ReviewItemOutcome.CanMeet);

        Assert.Equal(2, item.RequirementRevision);
        Assert.Same(requirement, item.Requirement);
    }

    [Fact]
    public void AddItem_DifferenceResolvedWithoutResolution_NamesResolution()
    {
        var review = NewReview();

        var error = Assert.Throws<DomainValidationException>(() => review.AddItem(RequirementTests.NewRequirement(), ReviewItemOutcome.DifferenceResolved));

        Assert.Equal("resolution", error.Field);
        Assert.Empty(review.Items);
    }

    [Fact]
    public void AddItem_SameRequirementTwice_IsRefused()
    {
        var review = NewReview();
        var requirement = RequirementTests.NewRequirement();
        review.AddItem(requirement, ReviewItemOutcome.CanMeet);

        var error = Assert.Throws<DomainValidationException>(() => review.AddItem(requirement, ReviewItemOutcome.CannotMeet));

        Assert.Equal("requirementId", error.Field);
        Assert.Equal(ReviewItemOutcome.CanMeet, Assert.Single(review.Items).Outcome);
    }

    [Fact]
    public void Decide_AcceptedWithCannotMeetItem_IsRefusedAndStaysOpen()
    {
        var review = NewReview();
        review.AddItem(RequirementTests.NewRequirement(), ReviewItemOutcome.CanMeet);
        review.AddItem(RequirementTests.NewRequirement("Delivery in 2 days."), ReviewItemOutcome.CannotMeet);

        var error = Assert.Throws<DomainValidationException>(() => review.Decide(ReviewDecision.Accepted, "All good", Reviewed.AddHours(1)));

        Assert.Equal("decision", error.Field);
        Assert.False(review.IsDecided);
        Assert.Null(review.Decision);
    }

    [Theory]
    [InlineData(ReviewDecision.AcceptedWithConditions)]
    [InlineData(ReviewDecision.Declined)]
    public void Decide_OtherDecisionWithCannotMeetItem_IsAllowed(ReviewDecision decision)
    {
        var review = NewReview();
        review.AddItem(RequirementTests.NewRequirement(), ReviewItemOutcome.CannotMeet);

        review.Decide(decision, "Delivery time cannot be met", Reviewed.AddHours(1));

        Assert.Equal(decision, review.Decision);
    }

    [Fact]
    public void Decide_AcceptedOnceDifferenceResolved_IsAllowed()
    {
        var review = NewReview();
        var requirement = RequirementTests.NewRequirement();
        review.AddItem(requirement, ReviewItemOutcome.CannotMeet);
        review.ChangeItem(requirement, ReviewItemOutcome.DifferenceResolved, "Customer agreed 5-day delivery by email.");

        review.Decide(ReviewDecision.Accepted, "All requirements can be met", Reviewed.AddHours(1));

        Assert.True(review.IsDecided);
        Assert.Equal(Reviewed.AddHours(1), review.DecidedAt);
    }

    [Fact]
    public void Decide_WithoutItems_NamesItems()
    {
        var error = Assert.Throws<DomainValidationException>(() => NewReview().Decide(ReviewDecision.Declined, "r", Reviewed));

        Assert.Equal("items", error.Field);
    }

    [Fact]
    public void Decide_BeforeReviewStarted_NamesAt()
    {
        var review = NewReview();
        review.AddItem(RequirementTests.NewRequirement(), ReviewItemOutcome.CanMeet);

        var error = Assert.Throws<DomainValidationException>(() => review.Decide(ReviewDecision.Accepted, "ok", Reviewed.AddDays(-1)));

        Assert.Equal("at", error.Field);
        Assert.False(review.IsDecided);
    }

    [Fact]
    public void Decided_AnyFurtherChange_IsRefusedAsRetainedRecord()
    {
        var review = NewReview();
        var requirement = RequirementTests.NewRequirement();
        review.AddItem(requirement, ReviewItemOutcome.CanMeet);
        review.Decide(ReviewDecision.Accepted, "ok", Reviewed.AddHours(1));

        var errors = new[]
        {
            Assert.Throws<DomainException>(() => review.AddItem(RequirementTests.NewRequirement("Other"), ReviewItemOutcome.CanMeet)),
            Assert.Throws<DomainException>(() => review.ChangeItem(requirement, ReviewItemOutcome.CannotMeet)),
            Assert.Throws<DomainException>(() => review.ConfirmVerbalRequirements("Phone call with buyer")),
            Assert.Throws<DomainException>(() => review.Decide(ReviewDecision.Declined, "changed mind", Reviewed.AddHours(2))),
        };

        Assert.All(errors, e => Assert.Equal(RequirementReview.RetainedRecordCode, e.Code));
        Assert.Equal(ReviewDecision.Accepted, review.Decision);
        Assert.Equal(ReviewItemOutcome.CanMeet, Assert.Single(review.Items).Outcome);
        Assert.False(review.VerbalRequirementsConfirmed);
    }

    [Fact]
    public void ConfirmVerbalRequirements_RecordsHowAndWithWhom()
    {
        var review = NewReview();

        review.ConfirmVerbalRequirements("Read back to J. Smith (buyer) by phone");

        Assert.True(review.VerbalRequirementsConfirmed);
        Assert.Equal("Read back to J. Smith (buyer) by phone", review.VerbalConfirmationDetails);
    }

    [Fact]
    public void ConfirmVerbalRequirements_Blank_NamesTheField()
    {
        var review = NewReview();

        var error = Assert.Throws<DomainValidationException>(() => review.ConfirmVerbalRequirements(" "));

        Assert.Equal("verbalConfirmationDetails", error.Field);
        Assert.False(review.VerbalRequirementsConfirmed);
    }
}
