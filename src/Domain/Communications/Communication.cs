using CustomerComms.Domain.Common;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Domain.Communications;

/// <summary>
/// One exchange with a customer (ISO 9001:2015 clause 8.2.1): what was said or sent, when, through which channel,
/// who handled it, and whether and when it was answered.
/// </summary>
public sealed class Communication : Entity
{
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 8000;
    public const int HandledByMaxLength = 200;
    public const int ResponseSummaryMaxLength = 4000;

    private readonly List<CommunicationLink> _links = [];

    private Communication()
    {
    }

    /// <param name="contact">The customer's contact involved, if known; must be one of <paramref name="customer"/>'s contacts.</param>
    /// <param name="responseDue">When an answer is owed to the customer, if one is; not before <paramref name="occurredAt"/>.</param>
    public Communication(
        Customer customer,
        CommunicationKind kind,
        CommunicationDirection direction,
        CommunicationChannel channel,
        string subject,
        string? body,
        DateTime occurredAt,
        string handledBy,
        Contact? contact = null,
        DateTime? responseDue = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var validKind = Require.Defined(kind, "kind");
        var validDirection = Require.Defined(direction, "direction");
        var validChannel = Require.Defined(channel, "channel");
        var validSubject = Require.Text(subject, "subject", SubjectMaxLength);
        var validBody = Require.OptionalText(body, "body", BodyMaxLength);
        var validOccurredAt = Require.Utc(occurredAt, "occurredAt");
        var validHandledBy = Require.Text(handledBy, "handledBy", HandledByMaxLength);
        if (contact is not null && !contact.BelongsTo(customer))
        {
            throw new DomainValidationException("contactId", "The contact is not one of this customer's contacts.");
        }

        var validResponseDue = ValidResponseDue(responseDue, validOccurredAt);

        Customer = customer;
        CustomerId = customer.Id;
        Contact = contact;
        ContactId = contact?.Id;
        Kind = validKind;
        Direction = validDirection;
        Channel = validChannel;
        Subject = validSubject;
        Body = validBody;
        OccurredAt = validOccurredAt;
        HandledBy = validHandledBy;
        ResponseDue = validResponseDue;
    }

    public int CustomerId { get; private set; }

    public Customer Customer { get; private set; } = null!;

    public int? ContactId { get; private set; }

    public Contact? Contact { get; private set; }

    /// <summary>The complaint this communication is part of, if any.</summary>
    public int? ComplaintId { get; private set; }

    public Complaint? Complaint { get; private set; }

    public CommunicationKind Kind { get; private set; }

    public CommunicationDirection Direction { get; private set; }

    public CommunicationChannel Channel { get; private set; }

    public string Subject { get; private set; } = "";

    public string? Body { get; private set; }

    public DateTime OccurredAt { get; private set; }

    /// <summary>The person in the organisation who handled the communication.</summary>
    public string HandledBy { get; private set; } = "";

    /// <summary>When an answer is owed to the customer; null when none is expected.</summary>
    public DateTime? ResponseDue { get; private set; }

    /// <summary>When the customer was answered; never before <see cref="OccurredAt"/>.</summary>
    public DateTime? RespondedAt { get; private set; }

    public string? ResponseSummary { get; private set; }

    public IReadOnlyList<CommunicationLink> Links => _links;

    /// <summary>True when an answer is owed, has not been given, and <paramref name="at"/> is past its due time.</summary>
    public bool IsResponseOverdue(DateTime at)
    {
        Require.Utc(at, "at");
        return ResponseDue is { } due && RespondedAt is null && at > due;
    }

    /// <summary>Records that the customer was answered. A communication is answered once.</summary>
    public void RecordResponse(DateTime respondedAt, string? summary = null)
    {
        Require.Utc(respondedAt, "respondedAt");
        Require.NotBefore(respondedAt, OccurredAt, "respondedAt", "occurredAt");
        var validSummary = Require.OptionalText(summary, "summary", ResponseSummaryMaxLength);
        if (RespondedAt is not null)
        {
            throw new DomainValidationException("respondedAt", "A response is already recorded for this communication.");
        }

        RespondedAt = respondedAt;
        ResponseSummary = validSummary;
    }

    public void UpdateContent(string subject, string? body)
    {
        var validSubject = Require.Text(subject, "subject", SubjectMaxLength);
        var validBody = Require.OptionalText(body, "body", BodyMaxLength);
        Subject = validSubject;
        Body = validBody;
    }

    /// <summary>Sets or clears when an answer is owed; not before <see cref="OccurredAt"/>.</summary>
    public void SetResponseDue(DateTime? responseDue)
    {
        ResponseDue = ValidResponseDue(responseDue, OccurredAt);
    }

    /// <summary>Makes this communication part of <paramref name="complaint"/>'s record; the complaint must be the same customer's.</summary>
    public void AssignToComplaint(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (!Customer.Same(CustomerId, Customer, complaint.CustomerId, complaint.Customer))
        {
            throw new DomainValidationException("complaintId", "The complaint is another customer's.");
        }

        if (Complaint is not null && !ReferenceEquals(Complaint, complaint))
        {
            throw new DomainValidationException("complaintId", "The communication already belongs to another complaint.");
        }

        if (Complaint is null && ComplaintId is not null && ComplaintId != complaint.Id)
        {
            throw new DomainValidationException("complaintId", "The communication already belongs to another complaint.");
        }

        Complaint = complaint;
        ComplaintId = complaint.Id == 0 ? ComplaintId : complaint.Id;
    }

    /// <summary>Links a related record; the same record cannot be linked twice.</summary>
    public CommunicationLink AddLink(LinkTargetType targetType, int targetId, string? note = null)
    {
        var validType = Require.Defined(targetType, "targetType");
        var validId = Require.Positive(targetId, "targetId");
        var validNote = Require.OptionalText(note, "note", CommunicationLink.NoteMaxLength);
        if (FindLink(validType, validId) is not null)
        {
            throw new DomainValidationException("targetId", $"The communication is already linked to {validType} {validId}.");
        }

        var link = new CommunicationLink(this, validType, validId, validNote);
        _links.Add(link);
        return link;
    }

    public void RemoveLink(LinkTargetType targetType, int targetId)
    {
        var link = FindLink(targetType, targetId)
            ?? throw new DomainValidationException("targetId", $"The communication is not linked to {targetType} {targetId}.");
        _links.Remove(link);
    }

    private CommunicationLink? FindLink(LinkTargetType targetType, int targetId)
    {
        return _links.FirstOrDefault(l => l.TargetType == targetType && l.TargetId == targetId);
    }

    private static DateTime? ValidResponseDue(DateTime? responseDue, DateTime occurredAt)
    {
        if (responseDue is not { } due)
        {
            return null;
        }

        Require.Utc(due, "responseDue");
        return Require.NotBefore(due, occurredAt, "responseDue", "occurredAt");
    }
}
