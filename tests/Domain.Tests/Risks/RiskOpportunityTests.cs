using CustomerComms.Domain.Common;
using CustomerComms.Domain.Risks;

namespace CustomerComms.Domain.Tests.Risks;

public sealed class RiskOpportunityTests
{
    private static readonly DateTime Identified = new(2026, 1, 15, 9, 0, 0, DateTimeKind.Utc);

    private static RiskOpportunity NewEntry(RiskKind kind = RiskKind.Risk, int likelihood = 4, int impact = 4, int frequency = 3)
    {
        return new RiskOpportunity(
            kind, "Single supplier for seals", "Only one qualified supplier for pump seals.", "Supplier", "Supplier audit",
            "Purchasing", "Dana Reyes", likelihood, impact, frequency, Identified);
    }

    private static RiskOpportunity Assessed(RiskKind kind = RiskKind.Risk)
    {
        var entry = NewEntry(kind);
        entry.Assess(4, 4);
        return entry;
    }

    [Fact]
    public void Constructor_ValidInput_ScoresBandsAndSchedulesFirstReview()
    {
        var entry = NewEntry(likelihood: 4, impact: 5);

        Assert.Equal(20, entry.Score);
        Assert.Equal(RiskBand.Critical, entry.Band);
        Assert.Equal(RiskStatus.Identified, entry.Status);
        Assert.Equal(Identified.AddMonths(3), entry.NextReviewDue);
        Assert.Null(entry.ResidualScore);
    }

    [Theory]
    [InlineData(0, "reviewFrequencyMonths")]
    [InlineData(61, "reviewFrequencyMonths")]
    public void Constructor_BadFrequency_NamesTheField(int months, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => NewEntry(frequency: months));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Constructor_LocalTime_IsRefused()
    {
        var error = Assert.Throws<DomainValidationException>(() => new RiskOpportunity(
            RiskKind.Risk, "t", "d", "c", "s", "p", "o", 1, 1, 1, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Local)));

        Assert.Equal("identifiedAt", error.Field);
    }

    [Theory]
    [InlineData(RiskKind.Risk, RiskTreatment.Avoid)]
    [InlineData(RiskKind.Risk, RiskTreatment.Mitigate)]
    [InlineData(RiskKind.Risk, RiskTreatment.Transfer)]
    [InlineData(RiskKind.Risk, RiskTreatment.Accept)]
    [InlineData(RiskKind.Opportunity, RiskTreatment.Exploit)]
    [InlineData(RiskKind.Opportunity, RiskTreatment.Enhance)]
    [InlineData(RiskKind.Opportunity, RiskTreatment.Share)]
    [InlineData(RiskKind.Opportunity, RiskTreatment.Accept)]
    public void PlanTreatment_FittingKind_IsRecorded(RiskKind kind, RiskTreatment treatment)
    {
        var entry = Assessed(kind);

        entry.PlanTreatment(treatment, "Qualify a second supplier.", 2, 3);

        Assert.Equal(treatment, entry.Treatment);
        Assert.Equal(6, entry.ResidualScore);
        Assert.Equal(RiskBand.Medium, entry.ResidualBand);
    }

    [Theory]
    [InlineData(RiskKind.Risk, RiskTreatment.Exploit)]
    [InlineData(RiskKind.Risk, RiskTreatment.Enhance)]
    [InlineData(RiskKind.Risk, RiskTreatment.Share)]
    [InlineData(RiskKind.Opportunity, RiskTreatment.Avoid)]
    [InlineData(RiskKind.Opportunity, RiskTreatment.Mitigate)]
    [InlineData(RiskKind.Opportunity, RiskTreatment.Transfer)]
    public void PlanTreatment_WrongKind_IsRefusedAndNothingChanges(RiskKind kind, RiskTreatment treatment)
    {
        var entry = Assessed(kind);

        var error = Assert.Throws<DomainValidationException>(() => entry.PlanTreatment(treatment, "Plan", 1, 1));

        Assert.Equal("treatment", error.Field);
        Assert.Null(entry.Treatment);
        Assert.Null(entry.ResidualScore);
    }

    [Fact]
    public void PlanTreatment_OnlyOneResidualValue_IsRefusedAndNothingChanges()
    {
        var entry = Assessed();

        var error = Assert.Throws<DomainValidationException>(() => entry.PlanTreatment(RiskTreatment.Mitigate, "Plan", 2, null));

        Assert.Equal("residualImpact", error.Field);
        Assert.Null(entry.Treatment);
    }

    [Fact]
    public void PlanTreatment_MitigateWithoutPlan_NamesTreatmentPlan()
    {
        var entry = Assessed();

        var error = Assert.Throws<DomainValidationException>(() => entry.PlanTreatment(RiskTreatment.Mitigate, " "));

        Assert.Equal("treatmentPlan", error.Field);
    }

    [Fact]
    public void Workflow_FullLifecycle_FollowsTheTable()
    {
        var entry = NewEntry();
        Assert.Equal([RiskStatus.Assessed, RiskStatus.Closed], entry.AllowedTransitions);

        entry.Assess(3, 4);
        entry.PlanTreatment(RiskTreatment.Mitigate, "Qualify a second supplier.");
        entry.StartTreatment();
        entry.StartMonitoring();
        entry.Close(Identified.AddMonths(8), "Second supplier qualified.");

        Assert.Equal(RiskStatus.Closed, entry.Status);
        Assert.Equal(12, entry.Score);
        Assert.Equal([RiskStatus.Identified], entry.AllowedTransitions);
    }

    [Fact]
    public void StartTreatment_FromIdentified_IsRefusedWithAllowedList()
    {
        var entry = NewEntry();

        var error = Assert.Throws<InvalidTransitionException>(entry.StartTreatment);

        Assert.Equal("Identified", error.From);
        Assert.Equal("Treating", error.To);
        Assert.Equal(["Assessed", "Closed"], error.Allowed);
        Assert.Equal(RiskStatus.Identified, entry.Status);
    }

    [Fact]
    public void StartTreatment_WithoutTreatment_IsRefused()
    {
        var entry = Assessed();

        Assert.Throws<InvalidTransitionException>(entry.StartTreatment);
        Assert.Equal(RiskStatus.Assessed, entry.Status);
    }

    [Fact]
    public void StartTreatment_Accepted_IsRefusedButMonitoringAllowed()
    {
        var entry = Assessed();
        entry.PlanTreatment(RiskTreatment.Accept, null);

        Assert.Throws<InvalidTransitionException>(entry.StartTreatment);
        entry.StartMonitoring();

        Assert.Equal(RiskStatus.Monitoring, entry.Status);
    }

    [Fact]
    public void Close_Twice_IsRefused()
    {
        var entry = NewEntry();
        entry.Close(Identified.AddDays(1));

        var error = Assert.Throws<InvalidTransitionException>(() => entry.Close(Identified.AddDays(2)));

        Assert.Equal(["Identified"], error.Allowed);
    }

    [Fact]
    public void UpdateDetails_WhenClosed_IsRefused()
    {
        var entry = NewEntry();
        entry.Close(Identified.AddDays(1));

        var error = Assert.Throws<DomainValidationException>(() => entry.UpdateDetails("t", "d", "c", "s", "p", "o"));

        Assert.Equal("status", error.Field);
        Assert.Equal("Single supplier for seals", entry.Title);
    }

    [Fact]
    public void Reopen_Closed_IsIdentifiedWithNewReviewDate()
    {
        var entry = NewEntry();
        entry.Close(Identified.AddDays(1));

        entry.Reopen(Identified.AddMonths(6));

        Assert.Equal(RiskStatus.Identified, entry.Status);
        Assert.Null(entry.ClosedAt);
        Assert.Equal(Identified.AddMonths(9), entry.NextReviewDue);
    }

    [Fact]
    public void RecordReview_Assessed_AddsReviewSetsResidualAndNextDue()
    {
        var entry = Assessed();
        var at = Identified.AddMonths(2);

        var review = entry.RecordReview(at, "Lee", 2, 4, effective: true, "Second supplier delivering.");

        Assert.Same(review, Assert.Single(entry.Reviews));
        Assert.Equal(8, review.Score);
        Assert.Equal(RiskBand.Medium, review.Band);
        Assert.Equal(8, entry.ResidualScore);
        Assert.Equal(at, entry.LastReviewedAt);
        Assert.Equal(at.AddMonths(3), entry.NextReviewDue);
    }

    [Fact]
    public void RecordReview_NotEffectiveWithoutNotes_IsRefusedAndNothingChanges()
    {
        var entry = Assessed();

        var error = Assert.Throws<DomainValidationException>(() => entry.RecordReview(Identified.AddMonths(1), "Lee", 2, 2, false, null));

        Assert.Equal("effectivenessNotes", error.Field);
        Assert.Empty(entry.Reviews);
        Assert.Null(entry.LastReviewedAt);
    }

    [Fact]
    public void RecordReview_BeforeLastReview_IsRefused()
    {
        var entry = Assessed();
        entry.RecordReview(Identified.AddMonths(2), "Lee", 2, 2, true, null);

        var error = Assert.Throws<DomainValidationException>(() => entry.RecordReview(Identified.AddMonths(1), "Lee", 2, 2, true, null));

        Assert.Equal("reviewedAt", error.Field);
        Assert.Single(entry.Reviews);
    }

    [Fact]
    public void RecordReview_RatingOutOfRange_IsRefusedAndNothingChanges()
    {
        var entry = Assessed();

        var error = Assert.Throws<DomainValidationException>(() => entry.RecordReview(Identified.AddMonths(1), "Lee", 6, 2, true, null));

        Assert.Equal("likelihood", error.Field);
        Assert.Empty(entry.Reviews);
        Assert.Null(entry.ResidualScore);
    }

    [Fact]
    public void IsReviewOverdue_AroundTheDueDate_IsTrueOnlyAfterIt()
    {
        var entry = NewEntry(frequency: 3);
        var due = Identified.AddMonths(3);

        Assert.False(entry.IsReviewOverdue(due));
        Assert.True(entry.IsReviewOverdue(due.AddSeconds(1)));
    }

    [Fact]
    public void IsReviewOverdue_Closed_IsFalse()
    {
        var entry = NewEntry(frequency: 1);
        entry.Close(Identified.AddDays(1));

        Assert.False(entry.IsReviewOverdue(Identified.AddYears(1)));
    }

    [Fact]
    public void ChangeReviewFrequency_AfterReview_CountsFromLastReview()
    {
        var entry = Assessed();
        var reviewed = Identified.AddMonths(2);
        entry.RecordReview(reviewed, "Lee", 2, 2, true, null);

        entry.ChangeReviewFrequency(12);

        Assert.Equal(reviewed.AddMonths(12), entry.NextReviewDue);
    }
}
