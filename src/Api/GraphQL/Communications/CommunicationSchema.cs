using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Communications;

/// <summary>Communications with customers (ISO 9001 §8.2.1 a–e) and the records they are linked to.</summary>
internal static class CommunicationSchema
{
    public static SchemaBuilder AddCommunicationDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<Communication>(f => f
                .Field(c => c.Kind).Field(c => c.Direction).Field(c => c.Channel).Field(c => c.Subject).Field(c => c.Body)
                .Field(c => c.OccurredAt).Field(c => c.HandledBy).Field(c => c.ResponseDue).Field(c => c.RespondedAt)
                .Field(c => c.CreatedAt).Field(c => c.UpdatedAt)
                .Field(c => c.Customer).Field(c => c.Contact).Field(c => c.Complaint).Field(c => c.Links))
            .SortFields<Communication>(f => f
                .Field(c => c.Kind).Field(c => c.Direction).Field(c => c.Channel).Field(c => c.Subject).Field(c => c.OccurredAt)
                .Field(c => c.HandledBy).Field(c => c.ResponseDue).Field(c => c.RespondedAt).Field(c => c.CreatedAt).Field(c => c.UpdatedAt)
                .Field(c => c.Customer))
            .FilterFields<CommunicationLink>(f => f.Field(l => l.TargetType).Field(l => l.Note).Field(l => l.CreatedAt))
            .SortFields<CommunicationLink>(f => f.Field(l => l.TargetType).Field(l => l.CreatedAt));
    }

    public static SchemaBuilder AddCommunications(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .AddCommunicationEnums()
            .Object<Communication>("Communication", type => type
                .Description("One exchange with a customer (ISO 9001 §8.2.1): what was said or sent, when, through which channel, who handled it, and whether it was answered.")
                .Node("Communication", nodes)
                .Field(c => c.Kind, f => f.Description("What the communication is about, by the items of §8.2.1."))
                .Field(c => c.Direction, f => f.Description("Whether the customer or the organisation sent it."))
                .Field(c => c.Channel, f => f.Description("How it was sent."))
                .Field(c => c.Subject, f => f.Description("A one-line summary."))
                .Field(c => c.Body, f => f.Description("The content or notes, when recorded."))
                .Field(c => c.OccurredAt, f => f.Description("When it was sent or took place (UTC)."))
                .Field(c => c.HandledBy, f => f.Description("The person in the organisation who handled it."))
                .Field(c => c.ResponseDue, f => f.Description("When an answer is owed to the customer; null when none is expected."))
                .Field(c => c.RespondedAt, f => f.Description("When the customer was answered; null while unanswered."))
                .Field(c => c.ResponseSummary, f => f.Description("What the customer was told, when recorded."))
                .Field("isResponseOverdue", "Boolean!", ctx => ctx.ParentAs<Communication>().IsResponseOverdue(Now(ctx)), f => f
                    .Description("True when an answer is owed, not yet given and its due time has passed (judged now, by the server's clock)."))
                .FieldAsync("customer", "Customer!", async ctx => (await ctx.LoadAsync<Customer>(ctx.ParentAs<Communication>().CustomerId))!, f => f
                    .Description("The customer the communication was with."))
                .FieldAsync("contact", "Contact", ctx => ctx.LoadAsync<Contact>(ctx.ParentAs<Communication>().ContactId), f => f
                    .Description("The customer's contact involved, when known."))
                .FieldAsync("complaint", "Complaint", ctx => ctx.LoadAsync<Complaint>(ctx.ParentAs<Communication>().ComplaintId), f => f
                    .Description("The complaint this communication is filed under (an acknowledgement, a response, a follow-up); null when none."))
                .FieldAsync("originatedComplaint", "Complaint", async ctx => (await ctx.LoadChildrenAsync<Complaint>(ctx.ParentAs<Communication>().Id, c => c.OriginatingCommunicationId)).FirstOrDefault(), f => f
                    .Description("The complaint this communication started, when a complaint was received in it; null otherwise."))
                .FieldAsync("links", "[CommunicationLink!]!", ctx => ctx.LoadChildrenAsync<CommunicationLink>(ctx.ParentAs<Communication>().Id, l => l.CommunicationId), f => f
                    .Description("The records this communication is linked to (requirements, risks, complaints, …), in the order they were linked.")))
            .Object<CommunicationLink>("CommunicationLink", type => type
                .Description("A reference from a communication to a related record, e.g. the requirement an order change amends.")
                .Node("CommunicationLink", nodes)
                .Field(l => l.TargetType, f => f.Description("The kind of record linked."))
                .Field("targetId", "ID!", ctx => LinkTargets.GlobalIdOf(ctx.ParentAs<CommunicationLink>()), f => f
                    .Description("The global id of the linked record (usable with `node(id:)`)."))
                .FieldAsync("target", "Node", ctx => nodes.LoadAsync(ctx, LinkTargets.GlobalIdOf(ctx.ParentAs<CommunicationLink>())), f => f
                    .Description("The linked record; null when it no longer exists."))
                .Field(l => l.Note, f => f.Description("Why the records are linked, when noted."))
                .FieldAsync("communication", "Communication!", async ctx => (await ctx.LoadAsync<Communication>(ctx.ParentAs<CommunicationLink>().CommunicationId))!, f => f
                    .Description("The communication the link belongs to.")))
            .Object<Customer>("Customer", type => type
                .Connection("communications", ctx => OfCustomer(ctx, ctx.ParentAs<Customer>().Id), c => c
                    .Description("Everything communicated with the customer, filtered and ordered as asked (by default in the order recorded).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)))
            .Object<Contact>("Contact", type => type
                .Connection("communications", ctx => OfContact(ctx, ctx.ParentAs<Contact>().Id), c => c
                    .Description("The communications the contact was involved in, filtered and ordered as asked.")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)))
            .Query(query => query
                .Connection("communications", ctx => ctx.Query<Communication>(), c => c
                    .Description("Communications with every customer, filtered and ordered as asked (by default in the order recorded).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }

    /// <summary>The server's clock now, in UTC: what overdue flags are judged by.</summary>
    public static DateTime Now(ResolveContext context) => context.Service<TimeProvider>().GetUtcNow().UtcDateTime;

    private static IQueryable<Communication> OfCustomer(ResolveContext context, int customerId) =>
        context.Query<Communication>().Where(c => c.CustomerId == customerId);

    private static IQueryable<Communication> OfContact(ResolveContext context, int contactId) =>
        context.Query<Communication>().Where(c => c.ContactId == contactId);

    private static SchemaBuilder AddCommunicationEnums(this SchemaBuilder builder)
    {
        return builder
            .Enum<CommunicationKind>("CommunicationKind", type => type
                .Description("What a communication is about, covering ISO 9001:2015 clause 8.2.1 a–e.")
                .Value("PRODUCT_INFORMATION", description: "8.2.1 a: information about products and services provided to the customer.")
                .Value("INQUIRY", description: "8.2.1 b: an inquiry.")
                .Value("ORDER", description: "8.2.1 b: an order or contract.")
                .Value("ORDER_CHANGE", description: "8.2.1 b: a change to an order or contract.")
                .Value("CONTRACT_REVIEW", description: "8.2.1 b / 8.2.3: the review of requirements before committing to supply.")
                .Value("FEEDBACK", description: "8.2.1 c: customer feedback that is neither a compliment nor a complaint.")
                .Value("COMPLIMENT", description: "8.2.1 c: a compliment.")
                .Value("COMPLAINT", description: "8.2.1 c: a complaint (handled further as a Complaint).")
                .Value("SURVEY_RESPONSE", description: "8.2.1 c: a response to a satisfaction survey.")
                .Value("CUSTOMER_PROPERTY", description: "8.2.1 d: handling or controlling customer property.")
                .Value("CONTINGENCY", description: "8.2.1 e: specific requirements for contingency actions."))
            .Enum<CommunicationDirection>("CommunicationDirection", type => type
                .Description("Who sent a communication.")
                .Value("INBOUND", description: "From the customer to the organisation.")
                .Value("OUTBOUND", description: "From the organisation to the customer."))
            .Enum<CommunicationChannel>("CommunicationChannel", type => type
                .Description("How a communication was sent or took place.")
                .Value("EMAIL", description: "E-mail.")
                .Value("PHONE", description: "A telephone call.")
                .Value("MEETING", description: "A meeting in person.")
                .Value("VIDEO_CALL", description: "A video call.")
                .Value("LETTER", description: "A letter on paper.")
                .Value("PORTAL", description: "The customer portal.")
                .Value("CHAT", description: "A chat or instant message.")
                .Value("VISIT", description: "A visit at the customer's or the organisation's site.")
                .Value("SOCIAL_MEDIA", description: "A public or private message on social media.")
                .Value("OTHER", description: "Any other channel."))
            .Enum<LinkTargetType>("LinkTargetType", type => type
                .Description("The kind of record a communication is linked to; each is the type name in the record's global id.")
                .Value("COMMUNICATION", description: "Another communication (e.g. the message this one answers).")
                .Value("COMPLAINT", description: "A complaint.")
                .Value("CORRECTIVE_ACTION", description: "A corrective action.")
                .Value("REQUIREMENT", description: "A customer requirement.")
                .Value("REQUIREMENT_REVIEW", description: "A review of requirements before commitment.")
                .Value("REQUIREMENT_CHANGE", description: "A change to a requirement.")
                .Value("RISK_OPPORTUNITY", description: "A risk or opportunity.")
                .Value("SURVEY", description: "A satisfaction survey.")
                .Value("SURVEY_RESPONSE", description: "A customer's survey response.")
                .Value("CUSTOMER_PROPERTY_ITEM", description: "An item of customer property.")
                .Value("CONTINGENCY_PLAN", description: "A contingency plan."));
    }
}
