using System.Globalization;
using CustomerComms.Api.GraphQL.Communications;
using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Complaints;

/// <summary>Customer complaints handled through the ISO 10002 workflow, with their SLA clock and correspondence.</summary>
internal static class ComplaintSchema
{
    public const string OverdueRule =
        "A complaint is overdue when its acknowledgement is missing and `acknowledgementDue` has passed, or its first response is missing and `responseDue` has passed. " +
        "While the SLA clock is paused (waiting on the customer) it is judged as at the moment it was paused; resuming moves the due times later by the paused time. " +
        "Closed complaints have both and are never overdue. Judged now, by the server's clock.";

    public static SchemaBuilder AddComplaintDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<Complaint>(f => f
                .Field(c => c.Number).Field(c => c.Status).Field(c => c.Severity).Field(c => c.Category).Field(c => c.Product).Field(c => c.Lot)
                .Field(c => c.Description).Field(c => c.IsSafetyRelated).Field(c => c.Owner).Field(c => c.ReceivedAt).Field(c => c.AcknowledgedAt)
                .Field(c => c.RespondedAt).Field(c => c.EscalatedAt).Field(c => c.ClosedAt).Field(c => c.AcknowledgementDueAt).Field(c => c.ResponseDueAt)
                .Field(c => c.SlaPausedAt).Field(c => c.CustomerAccepted).Field(c => c.Satisfaction).Field(c => c.EscalationCount).Field(c => c.ReopenCount)
                .Field(c => c.CreatedAt).Field(c => c.UpdatedAt).Field(c => c.Customer).Field(c => c.OriginatingCommunication).Field(c => c.Communications))
            .SortFields<Complaint>(f => f
                .Field(c => c.Number).Field(c => c.Status).Field(c => c.Severity).Field(c => c.Category).Field(c => c.Product).Field(c => c.Owner).Field(c => c.ReceivedAt)
                .Field(c => c.AcknowledgedAt).Field(c => c.RespondedAt).Field(c => c.ClosedAt).Field(c => c.AcknowledgementDueAt).Field(c => c.ResponseDueAt)
                .Field(c => c.Satisfaction).Field(c => c.CreatedAt).Field(c => c.UpdatedAt).Field(c => c.Customer));
    }

    public static SchemaBuilder AddComplaints(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .AddComplaintEnums()
            .Object<Complaint>("Complaint", type => type
                .Description("A customer complaint (ISO 9001 §8.2.1 c, handled as in ISO 10002): received → acknowledged → assessed → investigating → responded → closed, or escalated when the customer does not accept the response.")
                .Node("Complaint", nodes)
                .Field(c => c.Number, f => f.Description("The human-readable number, CMP-YYYY-NNNNN: the year received and a sequence within it; unique."))
                .Field(c => c.Status, f => f.Description("Where the complaint stands in its workflow."))
                .Field("allowedTransitions", "[ComplaintStatus!]!", ctx => ComplaintWorkflow.AllowedFrom(ctx.ParentAs<Complaint>().Status), f => f
                    .Description("The statuses the complaint may move to next."))
                .Field(c => c.Severity, f => f.Description("How serious it is; sets the SLA due times."))
                .Field(c => c.Category, f => f.Description("What the complaint concerns."))
                .Field(c => c.Product, f => f.Description("The product concerned, when known."))
                .Field(c => c.Lot, f => f.Description("The lot or batch concerned, when known."))
                .Field(c => c.Description, f => f.Description("What the customer complains about."))
                .Field(c => c.IsSafetyRelated, f => f.Description("True when health or safety is at stake."))
                .Field(c => c.RemedySought, f => f.Description("What the customer asks for, e.g. a replacement."))
                .Field(c => c.Owner, f => f.Description("The person responsible for handling the complaint."))
                .Field(c => c.Containment, f => f.Description("What was done at once to contain the problem."))
                .Field(c => c.RootCause, f => f.Description("The cause found by the investigation."))
                .Field(c => c.ResponseText, f => f.Description("The latest response given to the customer."))
                .Field(c => c.ReceivedAt, f => f.Description("When the complaint was received (UTC): the SLA clock starts here."))
                .Field(c => c.AcknowledgedAt, f => f.Description("When receipt was acknowledged to the customer."))
                .Field(c => c.AssessedAt, f => f.Description("When severity, safety and remedy were assessed."))
                .Field(c => c.InvestigationStartedAt, f => f.Description("When the investigation first started."))
                .Field(c => c.RespondedAt, f => f.Description("When the customer was first given a response: what the response SLA is measured by."))
                .Field(c => c.LastRespondedAt, f => f.Description("When the customer was last given a response."))
                .Field(c => c.EscalatedAt, f => f.Description("When the complaint was last escalated."))
                .Field(c => c.EscalationReason, f => f.Description("Why the customer did not accept the response, at the last escalation."))
                .Field(c => c.EscalationCount, f => f.Description("How many times the complaint was escalated."))
                .Field(c => c.ClosedAt, f => f.Description("When the complaint was closed; null while open (also after a reopening)."))
                .Field(c => c.ReopenedAt, f => f.Description("When the complaint was last reopened."))
                .Field(c => c.ReopenReason, f => f.Description("Why it was last reopened."))
                .Field(c => c.ReopenCount, f => f.Description("How many times the complaint was reopened."))
                .Field(c => c.StatusChangedAt, f => f.Description("When the status last changed; later steps cannot be dated before it."))
                .Field("acknowledgementDue", "DateTime!", ctx => ctx.ParentAs<Complaint>().AcknowledgementDueAt, f => f
                    .Description("When receipt must be acknowledged by, from the SLA for the severity plus any time the clock was paused (filter and sort as `acknowledgementDueAt`)."))
                .Field("responseDue", "DateTime!", ctx => ctx.ParentAs<Complaint>().ResponseDueAt, f => f
                    .Description("When the customer must have a first response by, from the SLA for the severity plus any time the clock was paused (filter and sort as `responseDueAt`)."))
                .Field("isOverdue", "Boolean!", ctx => ctx.ParentAs<Complaint>().IsOverdue(CommunicationSchema.Now(ctx)), f => f
                    .Description(OverdueRule))
                .Field("isAcknowledgementOverdue", "Boolean!", ctx => ctx.ParentAs<Complaint>().IsAcknowledgementOverdue(CommunicationSchema.Now(ctx)), f => f
                    .Description("True when the acknowledgement is missing and past due (a paused clock judged as when paused)."))
                .Field("isResponseOverdue", "Boolean!", ctx => ctx.ParentAs<Complaint>().IsResponseOverdue(CommunicationSchema.Now(ctx)), f => f
                    .Description("True when the first response is missing and past due (a paused clock judged as when paused)."))
                .Field("isSlaPaused", "Boolean!", ctx => ctx.ParentAs<Complaint>().IsSlaPaused, f => f
                    .Description("True while the SLA clock is paused, waiting on the customer."))
                .Field(c => c.SlaPausedAt, f => f.Description("When the SLA clock was paused; null while it runs."))
                .Field(c => c.SlaPauseReason, f => f.Description("What the organisation is waiting for from the customer."))
                .Field(c => c.SlaPausedHours, f => f.Description("Total hours the SLA clock was paused, over completed pauses."))
                .Field(c => c.CustomerAccepted, f => f.Description("Whether the customer accepted the response: recorded on close, false after an escalation."))
                .Field(c => c.Satisfaction, f => f.Description("The customer's satisfaction with the handling, 1 (very dissatisfied) to 5 (very satisfied); recorded on close."))
                .FieldAsync("customer", "Customer!", async ctx => (await ctx.LoadAsync<Customer>(ctx.ParentAs<Complaint>().CustomerId))!, f => f
                    .Description("The customer who complained."))
                .FieldAsync("originatingCommunication", "Communication", ctx => ctx.LoadAsync<Communication>(ctx.ParentAs<Complaint>().OriginatingCommunicationId), f => f
                    .Description("The communication the complaint was received in, when recorded."))
                .FieldAsync("communications", "[Communication!]!", ctx => ComplaintCorrespondence.LoadAllAsync(ctx, ctx.ParentAs<Complaint>()), f => f
                    .Description("The complaint's correspondence, oldest first: the communication it was received in and every one filed under it."))
                .FieldAsync("latestCommunication", "Communication", ctx => ComplaintCorrespondence.LoadLatestAsync(ctx, ctx.ParentAs<Complaint>()), f => f
                    .Description("The most recent communication of `communications`; null when there is none.")))
            .Object<Customer>("Customer", type => type
                .Connection("complaints", ctx => OfCustomer(ctx, ctx.ParentAs<Customer>().Id), c => c
                    .Description("The customer's complaints, filtered and ordered as asked (by default in the order received).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)))
            .Query(query => query
                .Connection("complaints", ctx => ctx.Query<Complaint>(), c => c
                    .Description("Complaints of every customer, filtered and ordered as asked (by default in the order recorded).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance))
                .Connection("overdueComplaints", ctx => ctx.Query<Complaint>().Where(Complaint.OverdueAt(CommunicationSchema.Now(ctx))), c => c
                    .Description("Open complaints past an SLA due time, filtered in the database and further by `where`. " + OverdueRule)
                    .TypeName("Complaints")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }

    private static IQueryable<Complaint> OfCustomer(ResolveContext context, int customerId) =>
        context.Query<Complaint>().Where(c => c.CustomerId == customerId);

    private static string SlaTargets() =>
        string.Join(", ", ComplaintSlaPolicy.Targets.OrderByDescending(t => t.Key).Select(t =>
            $"{t.Key.ToString().ToUpperInvariant()} {Duration(t.Value.Acknowledgement)} / {Duration(t.Value.Response)}"));

    private static string Duration(TimeSpan span) =>
        span.TotalHours < 24
            ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours} h")
            : string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays} d");

    private static SchemaBuilder AddComplaintEnums(this SchemaBuilder builder)
    {
        return builder
            .Enum<ComplaintStatus>("ComplaintStatus", type => type
                .Description("The stages of complaint handling (ISO 10002); `allowedTransitions` says which may follow.")
                .Value("RECEIVED", description: "Recorded; the SLA clock runs.")
                .Value("ACKNOWLEDGED", description: "Receipt confirmed to the customer.")
                .Value("ASSESSED", description: "Severity, safety and remedy sought assessed.")
                .Value("INVESTIGATING", description: "Cause and remedy being investigated.")
                .Value("RESPONDED", description: "The customer was given a response.")
                .Value("ESCALATED", description: "The customer did not accept the response; handled further.")
                .Value("CLOSED", description: "Done, with the customer's acceptance and satisfaction recorded.")
                .Value("REOPENED", description: "Closed once, opened again because the problem returned."))
            .Enum<ComplaintSeverity>("ComplaintSeverity", type => type
                .Description("How serious a complaint is; sets its SLA, elapsed time from receipt to acknowledge / respond: " + SlaTargets() + ".")
                .Value("LOW", description: "An inconvenience with no effect on the use of the product or service.")
                .Value("MEDIUM", description: "Affects use, with a workaround available.")
                .Value("HIGH", description: "Prevents use or affects many deliveries; no workaround.")
                .Value("CRITICAL", description: "Safety, legal or major business impact; handled first."))
            .Enum<ComplaintCategory>("ComplaintCategory", type => type
                .Description("What a complaint concerns.")
                .Value("PRODUCT_QUALITY", description: "The product does not meet its specification or the customer's expectation.")
                .Value("DELIVERY", description: "Late, incomplete, wrong or damaged delivery.")
                .Value("SERVICE", description: "The service given (support, installation, maintenance).")
                .Value("DOCUMENTATION", description: "Manuals, certificates, labels or other documents.")
                .Value("BILLING", description: "Invoices, prices, credits.")
                .Value("COMMUNICATION", description: "How the organisation communicated: unanswered, unclear or wrong information.")
                .Value("SAFETY", description: "A hazard to people or property.")
                .Value("OTHER", description: "Anything else."));
    }
}
