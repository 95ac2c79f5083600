using CustomerComms.Domain.Common;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Domain.Tests.Communications;

public sealed class CommunicationTests
{
    private static readonly DateTime Occurred = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void CommunicationKind_CoversClause821AToE()
    {
        string[] expected =
        [
            "ProductInformation", "Inquiry", "Order", "OrderChange", "ContractReview", "Feedback",
            "Compliment", "Complaint", "SurveyResponse", "CustomerProperty", "Contingency",
        ];

        Assert.Equal(expected, Enum.GetNames<CommunicationKind>());
    }

    [Fact]
    public void Constructor_ValidInput_SetsFields()
    {
        var customer = NewCustomer();
        var contact = customer.AddContact("Ann Lee");

        var communication = new Communication(
            customer, CommunicationKind.Inquiry, CommunicationDirection.Inbound, CommunicationChannel.Email,
            " Price of X ", "Body", Occurred, "sam", contact, Occurred.AddDays(2));

        Assert.Same(customer, communication.Customer);
        Assert.Same(contact, communication.Contact);
        Assert.Equal("Price of X", communication.Subject);
        Assert.Equal(Occurred.AddDays(2), communication.ResponseDue);
        Assert.Null(communication.RespondedAt);
        Assert.Null(communication.ComplaintId);
    }

    [Fact]
    public void Constructor_ContactOfAnotherCustomer_NamesContactId()
    {
        var other = new Customer("OTHER", "Other", CustomerSegment.Consumer, "GB");
        var contact = other.AddContact("Zed");

        var error = Assert.Throws<DomainValidationException>(() => new Communication(
            NewCustomer(), CommunicationKind.Inquiry, CommunicationDirection.Inbound, CommunicationChannel.Phone,
            "Subject", null, Occurred, "sam", contact));

        Assert.Equal("contactId", error.Field);
    }

    [Fact]
    public void Constructor_ResponseDueBeforeOccurred_NamesResponseDue()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Communication(
            NewCustomer(), CommunicationKind.Inquiry, CommunicationDirection.Inbound, CommunicationChannel.Phone,
            "Subject", null, Occurred, "sam", responseDue: Occurred.AddMinutes(-1)));

        Assert.Equal("responseDue", error.Field);
    }

    [Fact]
    public void Constructor_LocalTime_NamesOccurredAt()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Communication(
            NewCustomer(), CommunicationKind.Order, CommunicationDirection.Inbound, CommunicationChannel.Portal,
            "Order 17", null, new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Local), "sam"));

        Assert.Equal("occurredAt", error.Field);
    }

    [Fact]
    public void Constructor_BodyTooLong_NamesBody()
    {
        var error = Assert.Throws<DomainValidationException>(() => new Communication(
            NewCustomer(), CommunicationKind.Feedback, CommunicationDirection.Inbound, CommunicationChannel.Chat,
            "Feedback", new string('x', Communication.BodyMaxLength + 1), Occurred, "sam"));

        Assert.Equal("body", error.Field);
    }

    [Fact]
    public void RecordResponse_AfterOccurred_Recorded()
    {
        var communication = NewCommunication();

        communication.RecordResponse(Occurred.AddHours(3), "Sent the price list.");

        Assert.Equal(Occurred.AddHours(3), communication.RespondedAt);
        Assert.Equal("Sent the price list.", communication.ResponseSummary);
    }

    [Fact]
    public void RecordResponse_BeforeOccurred_NamesRespondedAtAndChangesNothing()
    {
        var communication = NewCommunication();

        var error = Assert.Throws<DomainValidationException>(() => communication.RecordResponse(Occurred.AddSeconds(-1), "Too early"));

        Assert.Equal("respondedAt", error.Field);
        Assert.Null(communication.RespondedAt);
        Assert.Null(communication.ResponseSummary);
    }

    [Fact]
    public void RecordResponse_Twice_RefusedAndFirstKept()
    {
        var communication = NewCommunication();
        communication.RecordResponse(Occurred.AddHours(1), "First");

        var error = Assert.Throws<DomainValidationException>(() => communication.RecordResponse(Occurred.AddHours(2), "Second"));

        Assert.Equal("respondedAt", error.Field);
        Assert.Equal(Occurred.AddHours(1), communication.RespondedAt);
        Assert.Equal("First", communication.ResponseSummary);
    }

    [Fact]
    public void IsResponseOverdue_DependsOnDueAndResponse()
    {
        var communication = NewCommunication(responseDue: Occurred.AddDays(1));

        Assert.False(communication.IsResponseOverdue(Occurred.AddDays(1)));
        Assert.True(communication.IsResponseOverdue(Occurred.AddDays(1).AddSeconds(1)));

        communication.RecordResponse(Occurred.AddDays(2));
        Assert.False(communication.IsResponseOverdue(Occurred.AddDays(3)));
    }

    [Fact]
    public void IsResponseOverdue_NoResponseDue_NeverOverdue()
    {
        Assert.False(NewCommunication().IsResponseOverdue(Occurred.AddYears(1)));
    }

    [Fact]
    public void UpdateContent_BlankSubject_NamesSubjectAndChangesNothing()
    {
        var communication = NewCommunication();

        var error = Assert.Throws<DomainValidationException>(() => communication.UpdateContent("", "New body"));

        Assert.Equal("subject", error.Field);
        Assert.Equal("Subject", communication.Subject);
        Assert.Equal("Body", communication.Body);
    }

    [Fact]
    public void UpdateContent_Valid_Replaces()
    {
        var communication = NewCommunication();

        communication.UpdateContent("New subject", null);

        Assert.Equal("New subject", communication.Subject);
        Assert.Null(communication.Body);
    }

    [Fact]
    public void SetResponseDue_BeforeOccurred_RefusedAndKept()
    {
        var communication = NewCommunication(responseDue: Occurred.AddDays(1));

        Assert.Throws<DomainValidationException>(() => communication.SetResponseDue(Occurred.AddDays(-1)));
        Assert.Equal(Occurred.AddDays(1), communication.ResponseDue);

        communication.SetResponseDue(null);
        Assert.Null(communication.ResponseDue);
    }

    [Fact]
    public void AddLink_Duplicate_RefusedAndSingleLinkKept()
    {
        var communication = NewCommunication();
        communication.AddLink(LinkTargetType.Requirement, 7, "Spec rev B");

        var error = Assert.Throws<DomainValidationException>(() => communication.AddLink(LinkTargetType.Requirement, 7));

        Assert.Equal("targetId", error.Field);
        var link = Assert.Single(communication.Links);
        Assert.Equal(LinkTargetType.Requirement, link.TargetType);
        Assert.Equal(7, link.TargetId);
    }

    [Fact]
    public void AddLink_SameIdOtherType_Allowed()
    {
        var communication = NewCommunication();
        communication.AddLink(LinkTargetType.Requirement, 7);

        communication.AddLink(LinkTargetType.RiskOpportunity, 7);

        Assert.Equal(2, communication.Links.Count);
    }

    [Theory]
    [InlineData(0, "targetId")]
    [InlineData(-3, "targetId")]
    public void AddLink_NonPositiveId_NamesTargetId(int targetId, string field)
    {
        var communication = NewCommunication();

        var error = Assert.Throws<DomainValidationException>(() => communication.AddLink(LinkTargetType.Complaint, targetId));

        Assert.Equal(field, error.Field);
        Assert.Empty(communication.Links);
    }

    [Fact]
    public void RemoveLink_Existing_Removed()
    {
        var communication = NewCommunication();
        communication.AddLink(LinkTargetType.ContingencyPlan, 3);

        communication.RemoveLink(LinkTargetType.ContingencyPlan, 3);

        Assert.Empty(communication.Links);
    }

    [Fact]
    public void AssignToComplaint_OtherCustomersComplaint_NamesComplaintId()
    {
        var communication = NewCommunication();
        var otherCustomer = new Customer("OTHER", "Other", CustomerSegment.Consumer, "GB");
        var complaint = new Complaint(
            new ComplaintNumber(2026, 1), otherCustomer, ComplaintSeverity.Low, ComplaintCategory.Service, "Slow", Occurred);

        var error = Assert.Throws<DomainValidationException>(() => communication.AssignToComplaint(complaint));

        Assert.Equal("complaintId", error.Field);
        Assert.Null(communication.Complaint);
    }

    [Fact]
    public void AssignToComplaint_SameCustomer_Assigned()
    {
        var communication = NewCommunication();
        var complaint = new Complaint(
            new ComplaintNumber(2026, 1), communication.Customer, ComplaintSeverity.Low, ComplaintCategory.Service, "Slow", Occurred);

        communication.AssignToComplaint(complaint);

        Assert.Same(complaint, communication.Complaint);
    }

    private static Customer NewCustomer()
    {
        return new Customer("ACME", "Acme", CustomerSegment.Enterprise, "DE");
    }

    private static Communication NewCommunication(DateTime? responseDue = null)
    {
        return new Communication(
            NewCustomer(), CommunicationKind.Inquiry, CommunicationDirection.Inbound, CommunicationChannel.Email,
            "Subject", "Body", Occurred, "sam", responseDue: responseDue);
    }
}
