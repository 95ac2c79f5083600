using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Requirements;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Requirements;

/// <summary>The review of requirements before committing to supply (ISO 9001 §8.2.3), retained as a record once decided.</summary>
internal static class RequirementReviewSchema
{
    public static SchemaBuilder AddRequirementReviewDataFields(this SchemaBuilder builder)
    {
        // IsDecided is computed in memory; `decision: { neq: null }` filters decided reviews in SQL.
        return builder
            .FilterFields<RequirementReview>(f => f
                .Field(r => r.Subject).Field(r => r.Reviewer).Field(r => r.ReviewedAt).Field(r => r.VerbalRequirementsConfirmed)
                .Field(r => r.VerbalConfirmationDetails).Field(r => r.Decision).Field(r => r.DecisionRationale).Field(r => r.DecidedAt)
                .Field(r => r.CreatedAt).Field(r => r.UpdatedAt).Field(r => r.Items))
            .SortFields<RequirementReview>(f => f
                .Field(r => r.Subject).Field(r => r.Reviewer).Field(r => r.ReviewedAt).Field(r => r.VerbalRequirementsConfirmed)
                .Field(r => r.Decision).Field(r => r.DecidedAt).Field(r => r.CreatedAt).Field(r => r.UpdatedAt))
            .FilterFields<RequirementReviewItem>(f => f
                .Field(i => i.RequirementRevision).Field(i => i.Outcome).Field(i => i.Resolution).Field(i => i.Notes).Field(i => i.Requirement));
    }

    public static SchemaBuilder AddRequirementReviews(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<ReviewDecision>("ReviewDecision", type => type
                .Description("The outcome of a review before commitment.")
                .Value("ACCEPTED", description: "The organisation commits to supply as asked.")
                .Value("ACCEPTED_WITH_CONDITIONS", description: "The organisation commits to supply under the conditions in the rationale.")
                .Value("DECLINED", description: "The organisation does not commit to supply."))
            .Enum<ReviewItemOutcome>("ReviewItemOutcome", type => type
                .Description("The finding of a review for one requirement.")
                .Value("CAN_MEET", description: "The organisation can meet the requirement.")
                .Value("CANNOT_MEET", description: "The organisation cannot meet the requirement; the review cannot be ACCEPTED outright.")
                .Value("DIFFERENCE_RESOLVED", description: "The requirement differed from what was previously defined, and the difference was resolved (see `resolution`)."))
            .Object<RequirementReview>("RequirementReview", type => type
                .Description("The review before committing to supply (ISO 9001 §8.2.3) for an order, contract or tender: a finding per requirement, verbal requirements confirmed, and the decision. Once decided it is a retained record and cannot change.")
                .Node("RequirementReview", nodes)
                .Field(r => r.Subject, f => f.Description("The order, contract or tender reviewed, e.g. PO 4500123."))
                .Field(r => r.Reviewer, f => f.Description("Who reviewed."))
                .Field(r => r.ReviewedAt, f => f.Description("When the review took place (UTC)."))
                .Field(r => r.VerbalRequirementsConfirmed, f => f.Description("True once the customer's verbal requirements were confirmed before acceptance (§8.2.3.1)."))
                .Field(r => r.VerbalConfirmationDetails, f => f.Description("How, and with whom, the verbal requirements were confirmed."))
                .Field(r => r.Decision, f => f.Description("The decision; null until decided."))
                .Field(r => r.DecisionRationale, f => f.Description("Why the review was decided so, with any conditions."))
                .Field(r => r.DecidedAt, f => f.Description("When the review was decided (UTC)."))
                .Field(r => r.IsDecided, f => f.Description("True once decided: the review is then a retained record (§8.2.3.2)."))
                .FieldAsync("items", "[RequirementReviewItem!]!", ctx => ctx.LoadChildrenAsync<RequirementReviewItem>(ctx.ParentAs<RequirementReview>().Id, i => i.RequirementReviewId), f => f
                    .Description("The finding for each requirement reviewed, in the order recorded."))
                .FieldAsync("customer", "Customer", ctx => ctx.LoadAsync<Customer>(ctx.ParentAs<RequirementReview>().CustomerId), f => f
                    .Description("The customer the commitment is to; null when the review is not for one customer.")))
            .Object<RequirementReviewItem>("RequirementReviewItem", type => type
                .Description("The finding of a review for one requirement, at the revision reviewed.")
                .Node("RequirementReviewItem", nodes)
                .Field(i => i.RequirementRevision, f => f.Description("The requirement's revision when it was reviewed."))
                .Field(i => i.Outcome, f => f.Description("Whether the requirement can be met, or how a difference was resolved."))
                .Field(i => i.Resolution, f => f.Description("How the difference was resolved; set exactly when the outcome is DIFFERENCE_RESOLVED."))
                .Field(i => i.Notes, f => f.Description("Further notes."))
                .FieldAsync("requirement", "Requirement!", async ctx => (await ctx.LoadAsync<Requirement>(ctx.ParentAs<RequirementReviewItem>().RequirementId))!, f => f
                    .Description("The requirement reviewed (at its current revision; `requirementRevision` is the one reviewed)."))
                .FieldAsync("review", "RequirementReview!", async ctx => (await ctx.LoadAsync<RequirementReview>(ctx.ParentAs<RequirementReviewItem>().RequirementReviewId))!, f => f
                    .Description("The review the finding belongs to.")))
            .Query(query => query
                .Connection("requirementReviews", ctx => ctx.Query<RequirementReview>(), c => c
                    .Description("Reviews before commitment (§8.2.3), filtered and ordered as asked (by default in the order they were recorded).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }
}
