using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Requirements;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Requirements;

/// <summary>Requirements for products and services (ISO 9001 §8.2.2) and their recorded changes (§8.2.4).</summary>
internal static class RequirementSchema
{
    public static SchemaBuilder AddRequirementDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<Requirement>(f => f
                .Field(r => r.Source).Field(r => r.Reference).Field(r => r.ProductOrService).Field(r => r.Title).Field(r => r.Text)
                .Field(r => r.Revision).Field(r => r.Status).Field(r => r.Owner).Field(r => r.CreatedAt).Field(r => r.UpdatedAt)
                .Field(r => r.Changes))
            .SortFields<Requirement>(f => f
                .Field(r => r.Source).Field(r => r.Reference).Field(r => r.ProductOrService).Field(r => r.Title)
                .Field(r => r.Revision).Field(r => r.Status).Field(r => r.Owner).Field(r => r.CreatedAt).Field(r => r.UpdatedAt))
            .FilterFields<RequirementChange>(f => f
                .Field(c => c.FromRevision).Field(c => c.ToRevision).Field(c => c.Description).Field(c => c.PreviousText)
                .Field(c => c.NewText).Field(c => c.ChangedBy).Field(c => c.ChangedAt).Field(c => c.CreatedAt)
                .Field(c => c.DocumentsAmended).Field(c => c.Notifications))
            .SortFields<RequirementChange>(f => f
                .Field(c => c.FromRevision).Field(c => c.ToRevision).Field(c => c.ChangedBy).Field(c => c.ChangedAt).Field(c => c.CreatedAt))
            .FilterFields<RequirementChangeDocument>(f => f.Field(d => d.Reference).Field(d => d.CreatedAt))
            .FilterFields<RequirementChangeNotification>(f => f.Field(n => n.Name).Field(n => n.Role).Field(n => n.NotifiedAt))
            .AddRequirementReviewDataFields();
    }

    public static SchemaBuilder AddRequirements(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<RequirementSource>("RequirementSource", type => type
                .Description("Where a requirement comes from (ISO 9001 §8.2.2).")
                .Value("CUSTOMER", description: "Stated by a customer (order, contract, specification).")
                .Value("STATUTORY", description: "A law; names the law in `reference`.")
                .Value("REGULATORY", description: "A regulation or harmonised standard; names it in `reference`.")
                .Value("ORGANISATION", description: "Set by the organisation itself.")
                .Value("IMPLIED", description: "Not stated but necessary for the specified or intended use."))
            .Enum<RequirementStatus>("RequirementStatus", type => type
                .Description("Where a requirement stands: DRAFT → UNDER_REVIEW → ACCEPTED or REJECTED; accepted requirements may be SUPERSEDED or WITHDRAWN.")
                .Value("DRAFT", description: "Being written; not yet reviewed.")
                .Value("UNDER_REVIEW", description: "Submitted for review.")
                .Value("ACCEPTED", description: "Accepted: the organisation commits to meet it.")
                .Value("REJECTED", description: "Rejected; may return to DRAFT to be revised.")
                .Value("SUPERSEDED", description: "Replaced by another requirement; final.")
                .Value("WITHDRAWN", description: "No longer applies; final."))
            .Object<Requirement>("Requirement", type => type
                .Description("A requirement for a product or service (ISO 9001 §8.2.2) with its source and reference. Its text changes only through `changeRequirement`, which raises `revision` and records a RequirementChange (§8.2.4).")
                .Node("Requirement", nodes)
                .Field(r => r.Source, f => f.Description("Where the requirement comes from."))
                .Field(r => r.Reference, f => f.Description("The law, standard or contract clause it comes from; always set for STATUTORY and REGULATORY requirements."))
                .Field(r => r.ProductOrService, f => f.Description("The product or service it applies to."))
                .Field(r => r.Title, f => f.Description("A short title."))
                .Field(r => r.Text, f => f.Description("The requirement's text at the current revision."))
                .Field(r => r.Revision, f => f.Description("The requirement's own revision: 1 when created, raised by one with every change of its text."))
                .Field(r => r.Status, f => f.Description("Where the requirement stands."))
                .Field(r => r.AllowedTransitions, f => f.Description("The statuses the requirement may move to next; empty once superseded or withdrawn."))
                .Field(r => r.Owner, f => f.Description("Who is responsible for the requirement."))
                .FieldAsync("customer", "Customer", ctx => ctx.LoadAsync<Customer>(ctx.ParentAs<Requirement>().CustomerId), f => f
                    .Description("The customer whose requirement it is; null when it is not one customer's."))
                .FieldAsync("changes", "[RequirementChange!]!", ctx => ctx.LoadChildrenAsync<RequirementChange>(ctx.ParentAs<Requirement>().Id, c => c.RequirementId), f => f
                    .Description("The recorded changes of its text, oldest first."))
                .FieldAsync("reviewItems", "[RequirementReviewItem!]!", ctx => ReviewItems(ctx), f => f
                    .Description("The findings of the reviews that covered the requirement, oldest first."))
                .FieldAsync("reviews", "[RequirementReview!]!", ReviewsAsync, f => f
                    .Description("The reviews before commitment (§8.2.3) that covered the requirement, oldest first.")))
            .Object<RequirementChange>("RequirementChange", type => type
                .Description("A recorded change of a requirement's text (ISO 9001 §8.2.4): the revisions it moved between, why, the documents amended and the people made aware.")
                .Node("RequirementChange", nodes)
                .Field(c => c.FromRevision, f => f.Description("The revision the text changed from."))
                .Field(c => c.ToRevision, f => f.Description("The revision the text changed to."))
                .Field(c => c.Description, f => f.Description("What changed and why."))
                .Field(c => c.PreviousText, f => f.Description("The text before the change."))
                .Field(c => c.NewText, f => f.Description("The text after the change."))
                .Field(c => c.ChangedBy, f => f.Description("Who made the change."))
                .Field(c => c.ChangedAt, f => f.Description("When the change was made (UTC)."))
                .FieldAsync("requirement", "Requirement!", async ctx => (await ctx.LoadAsync<Requirement>(ctx.ParentAs<RequirementChange>().RequirementId))!, f => f
                    .Description("The requirement that changed."))
                .FieldAsync("documentsAmended", "[RequirementChangeDocument!]!", ctx => ctx.LoadChildrenAsync<RequirementChangeDocument>(ctx.ParentAs<RequirementChange>().Id, d => d.RequirementChangeId), f => f
                    .Description("The documents amended because of the change (drawings, specifications, work instructions)."))
                .FieldAsync("notifications", "[RequirementChangeNotification!]!", ctx => ctx.LoadChildrenAsync<RequirementChangeNotification>(ctx.ParentAs<RequirementChange>().Id, n => n.RequirementChangeId), f => f
                    .Description("The people made aware of the change, in the order they were recorded.")))
            .Object<RequirementChangeDocument>("RequirementChangeDocument", type => type
                .Description("A document amended because of a requirement change.")
                .Node("RequirementChangeDocument", nodes)
                .Field(d => d.Reference, f => f.Description("The document's reference, e.g. DWG-1042 rev C."))
                .FieldAsync("change", "RequirementChange!", async ctx => (await ctx.LoadAsync<RequirementChange>(ctx.ParentAs<RequirementChangeDocument>().RequirementChangeId))!, f => f
                    .Description("The change the document was amended for.")))
            .Object<RequirementChangeNotification>("RequirementChangeNotification", type => type
                .Description("A person made aware of a requirement change (ISO 9001 §8.2.4), and when.")
                .Node("RequirementChangeNotification", nodes)
                .Field(n => n.Name, f => f.Description("The person's name."))
                .Field(n => n.Role, f => f.Description("The person's role or function, e.g. Production planning."))
                .Field(n => n.NotifiedAt, f => f.Description("When the person was told (UTC); never before the change."))
                .FieldAsync("change", "RequirementChange!", async ctx => (await ctx.LoadAsync<RequirementChange>(ctx.ParentAs<RequirementChangeNotification>().RequirementChangeId))!, f => f
                    .Description("The change the person was told about.")))
            .Object<Customer>("Customer", type => type
                .FieldAsync("requirements", "[Requirement!]!", ctx => ctx.LoadChildrenAsync<Requirement>(ctx.ParentAs<Customer>().Id, r => r.CustomerId), f => f
                    .Description("The customer's own requirements (ISO 9001 §8.2.2), in the order they were recorded."))
                .FieldAsync("requirementReviews", "[RequirementReview!]!", ctx => ctx.LoadChildrenAsync<RequirementReview>(ctx.ParentAs<Customer>().Id, r => r.CustomerId), f => f
                    .Description("The reviews before committing to supply the customer (§8.2.3), in the order they were recorded.")))
            .AddRequirementReviews(nodes)
            .Query(query => query
                .Connection("requirements", ctx => ctx.Query<Requirement>(), c => c
                    .Description("Requirements, filtered and ordered as asked (by default in the order they were recorded).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance))
                .Connection("requirementChanges", ctx => ctx.Query<RequirementChange>(), c => c
                    .Description("Recorded requirement changes (§8.2.4) of every requirement.")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }

    private static Task<IReadOnlyList<RequirementReviewItem>> ReviewItems(ResolveContext ctx) =>
        ctx.LoadChildrenAsync<RequirementReviewItem>(ctx.ParentAs<Requirement>().Id, i => i.RequirementId);

    /// <summary>
    /// The reviews that have an item for the requirement, read through their items in one query per batch of
    /// requirements, so they arrive with the page's other relations and not one level later.
    /// </summary>
    private static Task<IReadOnlyList<RequirementReview>> ReviewsAsync(ResolveContext ctx)
    {
        var contexts = ctx.Service<ReadDbContexts>();
        return ctx.GroupedDataLoader<int, RequirementReview>("RequirementReview.byRequirementId", async (ids, cancellationToken) =>
        {
            var keys = ids.ToArray();
            var db = contexts.Open();
            var rows = await db.Set<RequirementReviewItem>()
                .Where(i => keys.Contains(i.RequirementId))
                .Join(db.Set<RequirementReview>(), i => i.RequirementReviewId, r => r.Id, (i, r) => new { i.RequirementId, Review = r })
                .OrderBy(x => x.Review.Id)
                .ToListAsync(cancellationToken);
            return rows.ToLookup(x => x.RequirementId, x => x.Review);
        }).LoadAsync(ctx.ParentAs<Requirement>().Id);
    }
}
