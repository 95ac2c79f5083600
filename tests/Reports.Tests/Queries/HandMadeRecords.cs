using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.ManagementReviews;
using CustomerComms.Domain.Risks;
using CustomerComms.Reports.Model;

namespace CustomerComms.Reports.Tests.Queries;

/// <summary>
/// A few records made by hand through the domain's constructors and workflow methods, stored in a fresh database
/// and reported on. Each test states its records and works the expected numbers out from them.
/// </summary>
public sealed class HandMadeRecords
{
    /// <summary>June 2026: from 2026-06-01 00:00 up to, not including, 2026-07-01 00:00; the previous period is May 2026.</summary>
    public static readonly ReportPeriod June = ReportPeriod.Of(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30));

    private readonly List<object> _records = [];
    private int _complaints;
    private int _actions;

    public HandMadeRecords()
    {
        Customer = new Customer("ACME", "Acme Pumps", CustomerSegment.Enterprise, "DE");
        _records.Add(Customer);
    }

    public Customer Customer { get; }

    /// <summary>A UTC time.</summary>
    public static DateTime At(int year, int month, int day, int hour = 0, int minute = 0) =>
        new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    /// <summary>A complaint as received; its SLA due times follow from the severity (Medium: acknowledge in 48 h, respond in 240 h).</summary>
    public Complaint Complaint(
        DateTime receivedAt,
        ComplaintSeverity severity = ComplaintSeverity.Medium,
        ComplaintCategory category = ComplaintCategory.Service,
        string? owner = "Ann",
        bool isSafetyRelated = false)
    {
        var complaint = new Complaint(
            new ComplaintNumber(receivedAt.Year, ++_complaints), Customer, severity, category, "The pump leaks.", receivedAt,
            isSafetyRelated: isSafetyRelated, owner: owner);
        _records.Add(complaint);
        return complaint;
    }

    /// <summary>A complaint acknowledged, assessed (same severity) and under investigation from <paramref name="acknowledgedAt"/>.</summary>
    public Complaint Investigating(DateTime receivedAt, DateTime acknowledgedAt, ComplaintSeverity severity = ComplaintSeverity.Medium, string? owner = "Ann")
    {
        var complaint = Complaint(receivedAt, severity, owner: owner);
        complaint.Acknowledge(acknowledgedAt);
        complaint.Assess(severity, isSafetyRelated: false, remedySought: null, acknowledgedAt);
        complaint.StartInvestigation(acknowledgedAt);
        return complaint;
    }

    /// <summary>A complaint acknowledged at <paramref name="acknowledgedAt"/> and answered at <paramref name="respondedAt"/>.</summary>
    public Complaint Answered(
        DateTime receivedAt, DateTime acknowledgedAt, DateTime respondedAt, ComplaintSeverity severity = ComplaintSeverity.Medium, string? owner = "Ann")
    {
        var complaint = Investigating(receivedAt, acknowledgedAt, severity, owner);
        complaint.Respond("We replace the pump.", respondedAt);
        return complaint;
    }

    /// <summary>A communication from the customer, owed an answer by <paramref name="responseDue"/> if given.</summary>
    public Communication Inbound(DateTime occurredAt, DateTime? responseDue = null, DateTime? respondedAt = null)
    {
        var communication = new Communication(
            Customer, CommunicationKind.Inquiry, CommunicationDirection.Inbound, CommunicationChannel.Email, "Delivery date?", null,
            occurredAt, "Ann", responseDue: responseDue);
        if (respondedAt is { } at)
        {
            communication.RecordResponse(at);
        }

        _records.Add(communication);
        return communication;
    }

    /// <summary>A communication to the customer: not counted as received.</summary>
    public Communication Outbound(DateTime occurredAt)
    {
        var communication = new Communication(
            Customer, CommunicationKind.ProductInformation, CommunicationDirection.Outbound, CommunicationChannel.Email, "New catalogue", null,
            occurredAt, "Ann");
        _records.Add(communication);
        return communication;
    }

    /// <summary>A corrective action opened at <paramref name="openedAt"/>, not raised from a complaint.</summary>
    public CorrectiveAction Action(DateTime openedAt, DateTime? dueAt = null, string owner = "Ann")
    {
        var action = new CorrectiveAction(
            new CorrectiveActionNumber(openedAt.Year, ++_actions), CorrectiveActionSource.Nonconformity, "Seal supplier", "Seals fail early.",
            owner, openedAt, dueAt: dueAt);
        _records.Add(action);
        return action;
    }

    /// <summary>A corrective action whose one step is done and which is implemented at <paramref name="implementedAt"/>.</summary>
    public CorrectiveAction Implemented(DateTime openedAt, DateTime implementedAt, DateTime? dueAt = null, string owner = "Ann")
    {
        var action = Action(openedAt, dueAt, owner);
        action.Start(openedAt);
        action.AddStep("Change the seal supplier.", owner, implementedAt);
        action.CompleteStep(1, implementedAt);
        action.MarkImplemented(implementedAt);
        return action;
    }

    /// <summary>A corrective action verified effective at <paramref name="verifiedAt"/> and closed at <paramref name="closedAt"/>.</summary>
    public CorrectiveAction Closed(DateTime openedAt, DateTime verifiedAt, DateTime closedAt, DateTime? dueAt = null, string owner = "Ann")
    {
        var action = Implemented(openedAt, verifiedAt, dueAt, owner);
        action.VerifyEffectiveness(effective: true, "No leaks since.", "Quality manager", verifiedAt);
        action.Close(closedAt);
        return action;
    }

    /// <summary>A risk or opportunity assessed at likelihood × impact, reviewed every <paramref name="reviewFrequencyMonths"/> months.</summary>
    public RiskOpportunity Risk(
        DateTime identifiedAt, int likelihood, int impact, int reviewFrequencyMonths = 6, string owner = "Ann", RiskKind kind = RiskKind.Risk)
    {
        var risk = new RiskOpportunity(
            kind, $"Entry {_records.Count}", "Found in the risk workshop.", "Supply", "Workshop", "Purchasing", owner,
            likelihood, impact, reviewFrequencyMonths, identifiedAt);
        risk.Assess(likelihood, impact);
        _records.Add(risk);
        return risk;
    }

    /// <summary>A management review generated at <paramref name="generatedAt"/>, to add outputs to.</summary>
    public ManagementReview Review(DateTime generatedAt)
    {
        var review = ManagementReview.FromText(
            "Review", new DateOnly(2025, 7, 1), new DateOnly(2025, 12, 31), ReportFormat.Markdown, "markdown", "hash", "# Review", "{}",
            "tester", generatedAt);
        _records.Add(review);
        return review;
    }

    /// <summary>Stores the records in a new database and builds the report for <paramref name="period"/> from them.</summary>
    public async Task<ManagementReviewReport> ReportAsync(ReportPeriod period)
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var context = database.NewContext())
        {
            context.AddRange(_records);
            await context.SaveChangesAsync();
        }

        await using var reading = database.NewContext();
        return await ReportBuilder.BuildAsync(reading, period, "Review", period.End);
    }
}
