using CustomerComms.Domain.Common;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Domain.Tests.Complaints;

public sealed class ComplaintTests
{
    private static readonly DateTime Received = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(ComplaintSeverity.Critical, 4, 48)]
    [InlineData(ComplaintSeverity.High, 24, 120)]
    [InlineData(ComplaintSeverity.Medium, 48, 240)]
    [InlineData(ComplaintSeverity.Low, 72, 480)]
    public void Constructor_Severity_SetsDueTimesFromSlaPolicy(ComplaintSeverity severity, int ackHours, int responseHours)
    {
        var complaint = NewComplaint(severity);

        Assert.Equal(Received.AddHours(ackHours), complaint.AcknowledgementDueAt);
        Assert.Equal(Received.AddHours(responseHours), complaint.ResponseDueAt);
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Equal("CMP-2026-00042", complaint.Number);
    }

    [Fact]
    public void SlaPolicy_CoversEverySeverity()
    {
        Assert.All(Enum.GetValues<ComplaintSeverity>(), s => Assert.True(ComplaintSlaPolicy.Targets.ContainsKey(s)));
    }

    [Theory]
    [InlineData("", "description")]
    [InlineData(null, "description")]
    public void Constructor_MissingDescription_NamesDescription(string? description, string field)
    {
        var error = Assert.Throws<DomainValidationException>(() => new Complaint(
            new ComplaintNumber(2026, 1), NewCustomer(), ComplaintSeverity.Low, ComplaintCategory.Other, description!, Received));

        Assert.Equal(field, error.Field);
    }

    [Fact]
    public void Constructor_UnspecifiedKindTime_NamesReceivedAt()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Complaint(
            new ComplaintNumber(2026, 1), NewCustomer(), ComplaintSeverity.Low, ComplaintCategory.Other, "Late", new DateTime(2026, 3, 2)));

        Assert.Equal("receivedAt", error.Field);
    }

    [Fact]
    public void Constructor_OriginatingCommunication_Referenced()
    {
        var customer = NewCustomer();
        var inbound = NewCommunication(customer);

        var complaint = new Complaint(
            new ComplaintNumber(2026, 1), customer, ComplaintSeverity.High, ComplaintCategory.Delivery, "Late", Received, inbound);

        Assert.Same(inbound, complaint.OriginatingCommunication);
    }

    [Fact]
    public void Constructor_CommunicationOfAnotherComplaint_NamesOriginatingCommunicationId()
    {
        var customer = NewCustomer();
        var inbound = NewCommunication(customer);
        inbound.AssignToComplaint(new Complaint(
            new ComplaintNumber(2026, 1), customer, ComplaintSeverity.High, ComplaintCategory.Delivery, "Late", Received));

        var error = Assert.Throws<DomainValidationException>(() => new Complaint(
            new ComplaintNumber(2026, 2), customer, ComplaintSeverity.High, ComplaintCategory.Delivery, "Late", Received, inbound));

        Assert.Equal("originatingCommunicationId", error.Field);
    }

    [Fact]
    public void Constructor_OtherCustomersCommunication_NamesOriginatingCommunicationId()
    {
        var inbound = NewCommunication(new Customer("OTHER", "Other", CustomerSegment.Consumer, "GB"));

        var error = Assert.Throws<DomainValidationException>(() => new Complaint(
            new ComplaintNumber(2026, 1), NewCustomer(), ComplaintSeverity.High, ComplaintCategory.Delivery, "Late", Received, inbound));

        Assert.Equal("originatingCommunicationId", error.Field);
        Assert.Null(inbound.Complaint);
    }

    [Fact]
    public void Assess_SeverityRaised_ResponseDueFollowsNewSeverity()
    {
        var complaint = NewComplaint(ComplaintSeverity.Low);
        complaint.Acknowledge(Received.AddHours(1));

        complaint.Assess(ComplaintSeverity.Critical, true, null, Received.AddHours(2));

        Assert.Equal(Received.AddDays(2), complaint.ResponseDueAt);
        Assert.Equal(Received.AddDays(3), complaint.AcknowledgementDueAt);
    }

    [Fact]
    public void PauseAndResume_BeforeAcknowledgement_ShiftsBothDueTimes()
    {
        var complaint = NewComplaint(ComplaintSeverity.Medium);

        complaint.PauseSla(Received.AddHours(1), "Waiting for photos");
        Assert.True(complaint.IsSlaPaused);
        Assert.Equal("Waiting for photos", complaint.SlaPauseReason);
        complaint.ResumeSla(Received.AddHours(11));

        Assert.False(complaint.IsSlaPaused);
        Assert.Equal(Received.AddHours(48 + 10), complaint.AcknowledgementDueAt);
        Assert.Equal(Received.AddHours(240 + 10), complaint.ResponseDueAt);
        Assert.Equal(10, complaint.SlaPausedHours, precision: 9);
    }

    [Fact]
    public void PauseAndResume_AfterAcknowledgement_ShiftsOnlyResponseDue()
    {
        var complaint = NewComplaint(ComplaintSeverity.High);
        complaint.Acknowledge(Received.AddHours(2));

        complaint.PauseSla(Received.AddHours(3));
        complaint.ResumeSla(Received.AddHours(27));

        Assert.Equal(Received.AddHours(24), complaint.AcknowledgementDueAt);
        Assert.Equal(Received.AddHours(120 + 24), complaint.ResponseDueAt);
    }

    [Fact]
    public void Assess_AfterPause_KeepsPausedTimeInResponseDue()
    {
        var complaint = NewComplaint(ComplaintSeverity.Low);
        complaint.Acknowledge(Received.AddHours(1));
        complaint.PauseSla(Received.AddHours(2));
        complaint.ResumeSla(Received.AddHours(7));

        complaint.Assess(ComplaintSeverity.High, false, null, Received.AddHours(8));

        Assert.Equal(Received.AddHours(120 + 5), complaint.ResponseDueAt);
    }

    [Fact]
    public void PauseSla_Twice_RefusedAndFirstPauseKept()
    {
        var complaint = NewComplaint(ComplaintSeverity.Medium);
        complaint.PauseSla(Received.AddHours(1), "Waiting for photos");

        var error = Assert.Throws<InvalidTransitionException>(() => complaint.PauseSla(Received.AddHours(2), "Again"));

        Assert.Contains("already paused", error.Message, StringComparison.Ordinal);
        Assert.Equal(Received.AddHours(1), complaint.SlaPausedAt);
        Assert.Equal("Waiting for photos", complaint.SlaPauseReason);
    }

    [Fact]
    public void ResumeSla_NotPaused_RefusedAndDueTimesKept()
    {
        var complaint = NewComplaint(ComplaintSeverity.Medium);

        var error = Assert.Throws<InvalidTransitionException>(() => complaint.ResumeSla(Received.AddHours(1)));

        Assert.Contains("not paused", error.Message, StringComparison.Ordinal);
        Assert.Equal(Received.AddHours(240), complaint.ResponseDueAt);
        Assert.Equal(0, complaint.SlaPausedHours);
    }

    [Fact]
    public void ResumeSla_BeforePause_NamesAtAndStaysPaused()
    {
        var complaint = NewComplaint(ComplaintSeverity.Medium);
        complaint.Acknowledge(Received.AddHours(1));
        complaint.PauseSla(Received.AddHours(5));

        var error = Assert.Throws<DomainValidationException>(() => complaint.ResumeSla(Received.AddHours(4)));

        Assert.Equal("at", error.Field);
        Assert.True(complaint.IsSlaPaused);
    }

    [Fact]
    public void PauseSla_WhenResponded_Refused()
    {
        var complaint = ComplaintWorkflowTests.InState(ComplaintStatus.Responded);

        Assert.Throws<InvalidTransitionException>(() => complaint.PauseSla(complaint.StatusChangedAt.AddHours(1)));
        Assert.False(complaint.IsSlaPaused);
    }

    [Fact]
    public void Respond_WhilePaused_ResumesClockFirst()
    {
        var complaint = ComplaintWorkflowTests.InState(ComplaintStatus.Investigating);
        var due = complaint.ResponseDueAt;
        var pausedAt = complaint.StatusChangedAt.AddHours(1);
        complaint.PauseSla(pausedAt);

        complaint.Respond("Replaced", pausedAt.AddHours(6));

        Assert.False(complaint.IsSlaPaused);
        Assert.Equal(due.AddHours(6), complaint.ResponseDueAt);
        Assert.Equal(6, complaint.SlaPausedHours, precision: 9);
    }

    [Fact]
    public void IsOverdue_Acknowledgement_StrictlyAfterDue()
    {
        var complaint = NewComplaint(ComplaintSeverity.Critical);

        Assert.False(complaint.IsOverdue(Received.AddHours(4)));
        Assert.True(complaint.IsOverdue(Received.AddHours(4).AddSeconds(1)));
        Assert.True(complaint.IsAcknowledgementOverdue(Received.AddHours(5)));
        Assert.False(complaint.IsResponseOverdue(Received.AddHours(5)));
    }

    [Fact]
    public void IsOverdue_Acknowledged_OnlyResponseCounts()
    {
        var complaint = NewComplaint(ComplaintSeverity.Critical);
        complaint.Acknowledge(Received.AddHours(6));

        Assert.False(complaint.IsOverdue(Received.AddHours(47)));
        Assert.True(complaint.IsOverdue(Received.AddHours(49)));
        Assert.True(complaint.IsResponseOverdue(Received.AddHours(49)));
    }

    [Fact]
    public void IsOverdue_WhilePaused_JudgedAtThePause()
    {
        var complaint = NewComplaint(ComplaintSeverity.Critical);
        complaint.PauseSla(Received.AddHours(1));

        Assert.False(complaint.IsOverdue(Received.AddDays(30)));
    }

    [Fact]
    public void IsOverdue_PausedAfterDue_StillOverdue()
    {
        var complaint = NewComplaint(ComplaintSeverity.Critical);
        complaint.PauseSla(Received.AddHours(5));

        Assert.True(complaint.IsOverdue(Received.AddHours(6)));
    }

    [Fact]
    public void IsOverdue_Responded_NotOverdue()
    {
        var complaint = ComplaintWorkflowTests.InState(ComplaintStatus.Responded);

        Assert.False(complaint.IsOverdue(complaint.ResponseDueAt.AddDays(100)));
    }

    [Fact]
    public void UpdateDetails_TooLongLot_NamesLotAndChangesNothing()
    {
        var complaint = NewComplaint(ComplaintSeverity.Low);

        var error = Assert.Throws<DomainValidationException>(
            () => complaint.UpdateDetails("New description", "Pump", new string('L', Complaint.LotMaxLength + 1)));

        Assert.Equal("lot", error.Field);
        Assert.Equal("Scratched housing", complaint.Description);
        Assert.Null(complaint.Product);
    }

    private static Customer NewCustomer()
    {
        return new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
    }

    private static Complaint NewComplaint(ComplaintSeverity severity)
    {
        return new Complaint(
            new ComplaintNumber(2026, 42), NewCustomer(), severity, ComplaintCategory.ProductQuality, "Scratched housing", Received);
    }

    private static Communication NewCommunication(Customer customer)
    {
        return new Communication(
            customer, CommunicationKind.Complaint, CommunicationDirection.Inbound, CommunicationChannel.Email,
            "Scratches", null, Received, "sam");
    }
}
