using CustomerComms.Domain.Common;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Domain.Complaints;

/// <summary>
/// A customer complaint handled through the ISO 10002 workflow (<see cref="ComplaintWorkflow"/>), with SLA due times
/// for acknowledgement and response set by severity (<see cref="ComplaintSlaPolicy"/>), and the customer's acceptance
/// and satisfaction with the handling. Every operation takes the time it happens at, in UTC.
/// </summary>
public sealed partial class Complaint : Entity
{
    public const int CategoryMaxLength = 40;
    public const int ProductMaxLength = 200;
    public const int LotMaxLength = 100;
    public const int DescriptionMaxLength = 8000;
    public const int LongTextMaxLength = 4000;
    public const int ResponseMaxLength = 8000;
    public const int OwnerMaxLength = 200;
    public const int ReasonMaxLength = 1000;

    private readonly List<Communication> _communications = [];

    private Complaint()
    {
    }

    /// <param name="originatingCommunication">
    /// The communication the complaint arrived in, if recorded: the same customer's, not filed under another complaint.
    /// It is referenced by <see cref="OriginatingCommunicationId"/> and not added to <see cref="Communications"/>, so that
    /// both can be inserted in one save (each referencing the other would be a cycle the database cannot insert).
    /// </param>
    public Complaint(
        ComplaintNumber number,
        Customer customer,
        ComplaintSeverity severity,
        ComplaintCategory category,
        string description,
        DateTime receivedAt,
        Communication? originatingCommunication = null,
        string? product = null,
        string? lot = null,
        bool isSafetyRelated = false,
        string? remedySought = null,
        string? owner = null)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var validSeverity = Require.Defined(severity, "severity");
        var validCategory = Require.Defined(category, "category");
        var validDescription = Require.Text(description, "description", DescriptionMaxLength);
        var validReceivedAt = Require.Utc(receivedAt, "receivedAt");
        var validProduct = Require.OptionalText(product, "product", ProductMaxLength);
        var validLot = Require.OptionalText(lot, "lot", LotMaxLength);
        var validRemedy = Require.OptionalText(remedySought, "remedySought", LongTextMaxLength);
        var validOwner = Require.OptionalText(owner, "owner", OwnerMaxLength);
        if (originatingCommunication is not null
            && !Customer.Same(originatingCommunication.CustomerId, originatingCommunication.Customer, customer.Id, customer))
        {
            throw new DomainValidationException("originatingCommunicationId", "The originating communication is another customer's.");
        }

        if (originatingCommunication?.ComplaintId is not null || originatingCommunication?.Complaint is not null)
        {
            throw new DomainValidationException("originatingCommunicationId", "The originating communication already belongs to a complaint.");
        }

        Number = number.ToString();
        Customer = customer;
        CustomerId = customer.Id;
        Severity = validSeverity;
        Category = validCategory;
        Description = validDescription;
        ReceivedAt = validReceivedAt;
        StatusChangedAt = validReceivedAt;
        Product = validProduct;
        Lot = validLot;
        IsSafetyRelated = isSafetyRelated;
        RemedySought = validRemedy;
        Owner = validOwner;
        Status = ComplaintStatus.Received;
        var target = ComplaintSlaPolicy.For(validSeverity);
        AcknowledgementDueAt = validReceivedAt + target.Acknowledgement;
        ResponseDueAt = validReceivedAt + target.Response;
        if (originatingCommunication is not null)
        {
            OriginatingCommunication = originatingCommunication;
            OriginatingCommunicationId = originatingCommunication.Id == 0 ? null : originatingCommunication.Id;
        }
    }

    /// <summary><c>CMP-YYYY-NNNNN</c>, unique.</summary>
    public string Number { get; private set; } = "";

    public int CustomerId { get; private set; }

    public Customer Customer { get; private set; } = null!;

    public int? OriginatingCommunicationId { get; private set; }

    public Communication? OriginatingCommunication { get; private set; }

    /// <summary>The communications filed under this complaint with <see cref="Communication.AssignToComplaint"/>: acknowledgements, responses, follow-ups.</summary>
    public IReadOnlyList<Communication> Communications => _communications;

    public ComplaintStatus Status { get; private set; }

    /// <summary>When the status last changed; no later operation may be dated before it.</summary>
    public DateTime StatusChangedAt { get; private set; }

    public ComplaintSeverity Severity { get; private set; }

    public ComplaintCategory Category { get; private set; }

    public string? Product { get; private set; }

    public string? Lot { get; private set; }

    public string Description { get; private set; } = "";

    public bool IsSafetyRelated { get; private set; }

    public string? RemedySought { get; private set; }

    /// <summary>The person in the organisation responsible for handling the complaint.</summary>
    public string? Owner { get; private set; }

    public string? Containment { get; private set; }

    public string? RootCause { get; private set; }

    /// <summary>The latest response given to the customer.</summary>
    public string? ResponseText { get; private set; }

    public DateTime ReceivedAt { get; private set; }

    public DateTime? AcknowledgedAt { get; private set; }

    public DateTime? AssessedAt { get; private set; }

    public DateTime? InvestigationStartedAt { get; private set; }

    /// <summary>When the customer was first given a response: the time the response SLA is measured by.</summary>
    public DateTime? RespondedAt { get; private set; }

    public DateTime? LastRespondedAt { get; private set; }

    public DateTime? EscalatedAt { get; private set; }

    public string? EscalationReason { get; private set; }

    public int EscalationCount { get; private set; }

    /// <summary>When the complaint was closed; null while it is open (also after a reopening).</summary>
    public DateTime? ClosedAt { get; private set; }

    public DateTime? ReopenedAt { get; private set; }

    public string? ReopenReason { get; private set; }

    public int ReopenCount { get; private set; }

    public DateTime AcknowledgementDueAt { get; private set; }

    public DateTime ResponseDueAt { get; private set; }

    /// <summary>When the SLA clock was paused to wait on the customer; null while it runs.</summary>
    public DateTime? SlaPausedAt { get; private set; }

    public string? SlaPauseReason { get; private set; }

    /// <summary>Total hours the SLA clock has been paused, over completed pauses.</summary>
    public double SlaPausedHours { get; private set; }

    /// <summary>Whether the customer accepted the response; recorded on close (false after an escalation).</summary>
    public bool? CustomerAccepted { get; private set; }

    /// <summary>The customer's satisfaction with the handling, 1 (very dissatisfied) to 5 (very satisfied); recorded on close.</summary>
    public int? Satisfaction { get; private set; }

    public void Acknowledge(DateTime at)
    {
        var time = ValidTime(at);
        ComplaintWorkflow.EnsureCanMove(Status, ComplaintStatus.Acknowledged);
        AcknowledgedAt = time;
        MoveTo(ComplaintStatus.Acknowledged, time);
    }

    /// <summary>Records the assessment; a changed severity resets the response due time from the SLA policy.</summary>
    public void Assess(ComplaintSeverity severity, bool isSafetyRelated, string? remedySought, DateTime at, ComplaintCategory? category = null)
    {
        var validSeverity = Require.Defined(severity, "severity");
        var validCategory = category is { } c ? Require.Defined(c, "category") : Category;
        var validRemedy = Require.OptionalText(remedySought, "remedySought", LongTextMaxLength);
        var time = ValidTime(at);
        ComplaintWorkflow.EnsureCanMove(Status, ComplaintStatus.Assessed);

        Severity = validSeverity;
        Category = validCategory;
        IsSafetyRelated = isSafetyRelated;
        RemedySought = validRemedy;
        AssessedAt = time;
        ResponseDueAt = ReceivedAt + ComplaintSlaPolicy.For(validSeverity).Response + TimeSpan.FromHours(SlaPausedHours);
        MoveTo(ComplaintStatus.Assessed, time);
    }

    public void StartInvestigation(DateTime at, string? containment = null)
    {
        var validContainment = Require.OptionalText(containment, "containment", LongTextMaxLength);
        var time = ValidTime(at);
        ComplaintWorkflow.EnsureCanMove(Status, ComplaintStatus.Investigating);

        Containment = validContainment ?? Containment;
        InvestigationStartedAt ??= time;
        MoveTo(ComplaintStatus.Investigating, time);
    }

    /// <summary>Gives the customer a response. A paused SLA clock resumes at <paramref name="at"/>.</summary>
    public void Respond(string responseText, DateTime at)
    {
        var validResponse = Require.Text(responseText, "responseText", ResponseMaxLength);
        var time = ValidTime(at);
        ComplaintWorkflow.EnsureCanMove(Status, ComplaintStatus.Responded);

        if (SlaPausedAt is not null)
        {
            ResumeClock(time);
        }

        ResponseText = validResponse;
        RespondedAt ??= time;
        LastRespondedAt = time;
        MoveTo(ComplaintStatus.Responded, time);
    }

    /// <summary>The customer does not accept the response.</summary>
    public void Escalate(string reason, DateTime at)
    {
        var validReason = Require.Text(reason, "reason", ReasonMaxLength);
        var time = ValidTime(at);
        ComplaintWorkflow.EnsureCanMove(Status, ComplaintStatus.Escalated);

        EscalationReason = validReason;
        EscalatedAt = time;
        EscalationCount++;
        CustomerAccepted = false;
        MoveTo(ComplaintStatus.Escalated, time);
    }

    /// <summary>Closes a responded complaint, recording whether the customer accepted the response and, if given, their satisfaction (1–5).</summary>
    public void Close(bool customerAccepted, int? satisfaction, DateTime at)
    {
        var validSatisfaction = satisfaction is { } s ? Require.InRange(s, "satisfaction", 1, 5) : (int?)null;
        var time = ValidTime(at);
        ComplaintWorkflow.EnsureCanMove(Status, ComplaintStatus.Closed);
        if (ResponseText is null)
        {
            throw ComplaintWorkflow.Refused(Status, ComplaintStatus.Closed, "no response has been given to the customer");
        }

        CustomerAccepted = customerAccepted;
        Satisfaction = validSatisfaction;
        ClosedAt = time;
        MoveTo(ComplaintStatus.Closed, time);
    }

    public void Reopen(string reason, DateTime at)
    {
        var validReason = Require.Text(reason, "reason", ReasonMaxLength);
        var time = ValidTime(at);
        ComplaintWorkflow.EnsureCanMove(Status, ComplaintStatus.Reopened);

        ReopenReason = validReason;
        ReopenedAt = time;
        ReopenCount++;
        ClosedAt = null;
        CustomerAccepted = null;
        Satisfaction = null;
        MoveTo(ComplaintStatus.Reopened, time);
    }

    public void AssignOwner(string owner)
    {
        Owner = Require.Text(owner, "owner", OwnerMaxLength);
    }

    public void UpdateDetails(string description, string? product, string? lot)
    {
        var validDescription = Require.Text(description, "description", DescriptionMaxLength);
        var validProduct = Require.OptionalText(product, "product", ProductMaxLength);
        var validLot = Require.OptionalText(lot, "lot", LotMaxLength);
        EnsureOpen();
        Description = validDescription;
        Product = validProduct;
        Lot = validLot;
    }

    public void RecordContainment(string containment)
    {
        var validContainment = Require.Text(containment, "containment", LongTextMaxLength);
        EnsureOpen();
        Containment = validContainment;
    }

    public void RecordRootCause(string rootCause)
    {
        var validRootCause = Require.Text(rootCause, "rootCause", LongTextMaxLength);
        EnsureOpen();
        RootCause = validRootCause;
    }

    private DateTime ValidTime(DateTime at)
    {
        Require.Utc(at, "at");
        return Require.NotBefore(at, StatusChangedAt, "at", "the last status change");
    }

    private void MoveTo(ComplaintStatus status, DateTime at)
    {
        Status = status;
        StatusChangedAt = at;
    }

    private void EnsureOpen()
    {
        if (Status == ComplaintStatus.Closed)
        {
            throw new DomainValidationException("status", "A closed complaint cannot be changed; reopen it first.");
        }
    }


}
