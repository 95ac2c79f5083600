using CustomerComms.Domain.Common;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Domain.Tests.Complaints;

public sealed class ComplaintWorkflowTests
{
    private static readonly DateTime Received = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static TheoryData<ComplaintStatus, ComplaintStatus> AllMoves()
    {
        var data = new TheoryData<ComplaintStatus, ComplaintStatus>();
        foreach (var from in Enum.GetValues<ComplaintStatus>())
        {
            // Received is where a complaint starts; no operation leads back to it.
            foreach (var to in Enum.GetValues<ComplaintStatus>().Where(s => s != ComplaintStatus.Received))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Fact]
    public void Transitions_AreTheIso10002Workflow()
    {
        var expected = new Dictionary<ComplaintStatus, ComplaintStatus[]>
        {
            [ComplaintStatus.Received] = [ComplaintStatus.Acknowledged],
            [ComplaintStatus.Acknowledged] = [ComplaintStatus.Assessed],
            [ComplaintStatus.Assessed] = [ComplaintStatus.Investigating],
            [ComplaintStatus.Investigating] = [ComplaintStatus.Responded],
            [ComplaintStatus.Responded] = [ComplaintStatus.Closed, ComplaintStatus.Escalated],
            [ComplaintStatus.Escalated] = [ComplaintStatus.Investigating, ComplaintStatus.Responded],
            [ComplaintStatus.Closed] = [ComplaintStatus.Reopened],
            [ComplaintStatus.Reopened] = [ComplaintStatus.Investigating],
        };

        Assert.Equal(Enum.GetValues<ComplaintStatus>().Length, ComplaintWorkflow.Transitions.Count);
        foreach (var (from, targets) in expected)
        {
            Assert.Equal(targets, ComplaintWorkflow.AllowedFrom(from));
        }
    }

    [Theory]
    [MemberData(nameof(AllMoves))]
    public void Move_AnyStateToAnyTarget_FollowsTheTable(ComplaintStatus from, ComplaintStatus to)
    {
        var complaint = InState(from);
        var changedAt = complaint.StatusChangedAt;
        var at = changedAt.AddHours(1);

        if (ComplaintWorkflow.CanMove(from, to))
        {
            MoveTo(complaint, to, at);

            Assert.Equal(to, complaint.Status);
            Assert.Equal(at, complaint.StatusChangedAt);
        }
        else
        {
            var error = Assert.Throws<InvalidTransitionException>(() => MoveTo(complaint, to, at));

            Assert.Equal("INVALID_TRANSITION", error.Code);
            Assert.Equal(nameof(Complaint), error.Entity);
            Assert.Equal(from.ToString(), error.From);
            Assert.Equal(to.ToString(), error.To);
            Assert.Equal(ComplaintWorkflow.AllowedFrom(from).Select(s => s.ToString()), error.Allowed);
            Assert.Equal(from, complaint.Status);
            Assert.Equal(changedAt, complaint.StatusChangedAt);
        }
    }

    [Fact]
    public void Close_WhileInvestigating_RefusedWithReasonAndAllowedList()
    {
        var complaint = InState(ComplaintStatus.Investigating);

        var error = Assert.Throws<InvalidTransitionException>(() => complaint.Close(true, 5, complaint.StatusChangedAt.AddHours(1)));

        Assert.Equal(
            "Complaint cannot move from Investigating to Closed: a complaint closes only once the customer has been given a response. "
            + "Allowed from Investigating: Responded.",
            error.Message);
        Assert.Equal(["Responded"], error.Allowed);
        Assert.Null(complaint.ClosedAt);
        Assert.Null(complaint.CustomerAccepted);
    }

    [Fact]
    public void Acknowledge_WhenAcknowledged_MessageNamesAllowedTargets()
    {
        var complaint = InState(ComplaintStatus.Responded);

        var error = Assert.Throws<InvalidTransitionException>(() => complaint.Acknowledge(complaint.StatusChangedAt));

        Assert.Equal("Complaint cannot move from Responded to Acknowledged. Allowed from Responded: Closed, Escalated.", error.Message);
    }

    [Fact]
    public void Escalate_ThenRespondAgain_KeepsFirstResponseTime()
    {
        var complaint = InState(ComplaintStatus.Responded);
        var firstResponse = complaint.RespondedAt;

        complaint.Escalate("Customer wants a refund", complaint.StatusChangedAt.AddHours(1));
        Assert.False(complaint.CustomerAccepted);
        Assert.Equal(1, complaint.EscalationCount);

        complaint.Respond("Refund granted", complaint.StatusChangedAt.AddHours(1));

        Assert.Equal(firstResponse, complaint.RespondedAt);
        Assert.Equal(complaint.StatusChangedAt, complaint.LastRespondedAt);
        Assert.Equal("Refund granted", complaint.ResponseText);
    }

    [Fact]
    public void Reopen_Closed_ClearsClosingRecord()
    {
        var complaint = InState(ComplaintStatus.Closed);
        Assert.NotNull(complaint.ClosedAt);

        complaint.Reopen("Fault returned", complaint.StatusChangedAt.AddDays(3));

        Assert.Equal(ComplaintStatus.Reopened, complaint.Status);
        Assert.Null(complaint.ClosedAt);
        Assert.Null(complaint.CustomerAccepted);
        Assert.Null(complaint.Satisfaction);
        Assert.Equal(1, complaint.ReopenCount);
        Assert.Equal("Fault returned", complaint.ReopenReason);
    }

    [Fact]
    public void Close_Responded_RecordsAcceptanceAndSatisfaction()
    {
        var complaint = InState(ComplaintStatus.Responded);
        var at = complaint.StatusChangedAt.AddDays(1);

        complaint.Close(customerAccepted: true, satisfaction: 4, at);

        Assert.Equal(ComplaintStatus.Closed, complaint.Status);
        Assert.True(complaint.CustomerAccepted);
        Assert.Equal(4, complaint.Satisfaction);
        Assert.Equal(at, complaint.ClosedAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Close_SatisfactionOutOfRange_NamesSatisfactionAndStaysResponded(int satisfaction)
    {
        var complaint = InState(ComplaintStatus.Responded);

        var error = Assert.Throws<DomainValidationException>(() => complaint.Close(true, satisfaction, complaint.StatusChangedAt.AddDays(1)));

        Assert.Equal("satisfaction", error.Field);
        Assert.Equal(ComplaintStatus.Responded, complaint.Status);
        Assert.Null(complaint.ClosedAt);
    }

    [Fact]
    public void Acknowledge_BeforeLastStatusChange_NamesAtAndChangesNothing()
    {
        var complaint = InState(ComplaintStatus.Received);

        var error = Assert.Throws<DomainValidationException>(() => complaint.Acknowledge(Received.AddMinutes(-1)));

        Assert.Equal("at", error.Field);
        Assert.Equal(ComplaintStatus.Received, complaint.Status);
        Assert.Null(complaint.AcknowledgedAt);
    }

    [Fact]
    public void Acknowledge_LocalTime_NamesAt()
    {
        var complaint = InState(ComplaintStatus.Received);

        var error = Assert.Throws<DomainValidationException>(() => complaint.Acknowledge(DateTime.SpecifyKind(Received.AddHours(1), DateTimeKind.Local)));

        Assert.Equal("at", error.Field);
        Assert.Null(complaint.AcknowledgedAt);
    }

    [Fact]
    public void Respond_BlankText_NamesResponseTextAndStaysInvestigating()
    {
        var complaint = InState(ComplaintStatus.Investigating);

        var error = Assert.Throws<DomainValidationException>(() => complaint.Respond("  ", complaint.StatusChangedAt.AddHours(1)));

        Assert.Equal("responseText", error.Field);
        Assert.Equal(ComplaintStatus.Investigating, complaint.Status);
        Assert.Null(complaint.RespondedAt);
        Assert.Null(complaint.ResponseText);
    }

    [Fact]
    public void Assess_RecordsSeveritySafetyRemedyAndCategory()
    {
        var complaint = InState(ComplaintStatus.Acknowledged);

        complaint.Assess(ComplaintSeverity.Critical, true, "Replacement", complaint.StatusChangedAt.AddHours(1), ComplaintCategory.Safety);

        Assert.Equal(ComplaintSeverity.Critical, complaint.Severity);
        Assert.True(complaint.IsSafetyRelated);
        Assert.Equal("Replacement", complaint.RemedySought);
        Assert.Equal(ComplaintCategory.Safety, complaint.Category);
        Assert.NotNull(complaint.AssessedAt);
    }

    [Fact]
    public void Assess_UndefinedSeverity_NamesSeverityAndStaysAcknowledged()
    {
        var complaint = InState(ComplaintStatus.Acknowledged);

        var error = Assert.Throws<DomainValidationException>(
            () => complaint.Assess((ComplaintSeverity)42, true, "x", complaint.StatusChangedAt.AddHours(1)));

        Assert.Equal("severity", error.Field);
        Assert.Equal(ComplaintStatus.Acknowledged, complaint.Status);
        Assert.Equal(ComplaintSeverity.Medium, complaint.Severity);
        Assert.False(complaint.IsSafetyRelated);
    }

    [Fact]
    public void RecordRootCause_WhenClosed_Refused()
    {
        var complaint = InState(ComplaintStatus.Closed);

        var error = Assert.Throws<DomainValidationException>(() => complaint.RecordRootCause("Worn tool"));

        Assert.Equal("status", error.Field);
        Assert.Null(complaint.RootCause);
    }

    /// <summary>A Medium complaint driven through the workflow to <paramref name="status"/>, one hour per step.</summary>
    internal static Complaint InState(ComplaintStatus status)
    {
        var customer = new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
        var complaint = new Complaint(
            new ComplaintNumber(2026, 42), customer, ComplaintSeverity.Medium, ComplaintCategory.ProductQuality, "Scratched housing", Received);
        ComplaintStatus[] path = status switch
        {
            ComplaintStatus.Received => [],
            ComplaintStatus.Acknowledged => [ComplaintStatus.Acknowledged],
            ComplaintStatus.Assessed => [ComplaintStatus.Acknowledged, ComplaintStatus.Assessed],
            ComplaintStatus.Investigating => [ComplaintStatus.Acknowledged, ComplaintStatus.Assessed, ComplaintStatus.Investigating],
            ComplaintStatus.Responded => [.. ToResponded()],
            ComplaintStatus.Escalated => [.. ToResponded(), ComplaintStatus.Escalated],
            ComplaintStatus.Closed => [.. ToResponded(), ComplaintStatus.Closed],
            ComplaintStatus.Reopened => [.. ToResponded(), ComplaintStatus.Closed, ComplaintStatus.Reopened],
            _ => throw new ArgumentOutOfRangeException(nameof(status)),
        };

        foreach (var step in path)
        {
            MoveTo(complaint, step, complaint.StatusChangedAt.AddHours(1));
        }

        Assert.Equal(status, complaint.Status);
        return complaint;
    }

    private static ComplaintStatus[] ToResponded()
    {
        return [ComplaintStatus.Acknowledged, ComplaintStatus.Assessed, ComplaintStatus.Investigating, ComplaintStatus.Responded];
    }

    private static void MoveTo(Complaint complaint, ComplaintStatus to, DateTime at)
    {
        switch (to)
        {
            case ComplaintStatus.Acknowledged:
                complaint.Acknowledge(at);
                break;
            case ComplaintStatus.Assessed:
                complaint.Assess(ComplaintSeverity.Medium, false, "Replacement", at);
                break;
            case ComplaintStatus.Investigating:
                complaint.StartInvestigation(at, "Stock quarantined");
                break;
            case ComplaintStatus.Responded:
                complaint.Respond("We will replace the unit.", at);
                break;
            case ComplaintStatus.Escalated:
                complaint.Escalate("Customer wants a refund", at);
                break;
            case ComplaintStatus.Closed:
                complaint.Close(true, 5, at);
                break;
            case ComplaintStatus.Reopened:
                complaint.Reopen("The fault came back", at);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(to));
        }
    }
}
