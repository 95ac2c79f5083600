using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Risks;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Risks;

/// <summary>The register of risks and opportunities (ISO 9001 §6.1) and their periodic reviews.</summary>
internal static class RiskSchema
{
    public static SchemaBuilder AddRiskDataFields(this SchemaBuilder builder)
    {
        return builder
            .FilterFields<RiskOpportunity>(f => f
                .Field(r => r.Kind).Field(r => r.Title).Field(r => r.Description).Field(r => r.Category).Field(r => r.Source)
                .Field(r => r.Process).Field(r => r.Owner).Field(r => r.Likelihood).Field(r => r.Impact).Field(r => r.Score)
                .Field(r => r.Band).Field(r => r.Treatment).Field(r => r.TreatmentPlan).Field(r => r.ResidualLikelihood)
                .Field(r => r.ResidualImpact).Field(r => r.ResidualScore).Field(r => r.ResidualBand).Field(r => r.Status)
                .Field(r => r.ReviewFrequencyMonths).Field(r => r.IdentifiedAt).Field(r => r.LastReviewedAt).Field(r => r.NextReviewDue)
                .Field(r => r.ClosedAt).Field(r => r.CreatedAt).Field(r => r.UpdatedAt).Field(r => r.Reviews))
            .SortFields<RiskOpportunity>(f => f
                .Field(r => r.Kind).Field(r => r.Title).Field(r => r.Category).Field(r => r.Process).Field(r => r.Owner)
                .Field(r => r.Likelihood).Field(r => r.Impact).Field(r => r.Score).Field(r => r.Band).Field(r => r.Treatment)
                .Field(r => r.ResidualScore).Field(r => r.ResidualBand).Field(r => r.Status).Field(r => r.IdentifiedAt)
                .Field(r => r.LastReviewedAt).Field(r => r.NextReviewDue).Field(r => r.ClosedAt).Field(r => r.CreatedAt).Field(r => r.UpdatedAt))
            .FilterFields<RiskReview>(f => f
                .Field(r => r.ReviewedAt).Field(r => r.Reviewer).Field(r => r.Likelihood).Field(r => r.Impact).Field(r => r.Score)
                .Field(r => r.Band).Field(r => r.Effective).Field(r => r.EffectivenessNotes))
            .SortFields<RiskReview>(f => f
                .Field(r => r.ReviewedAt).Field(r => r.Reviewer).Field(r => r.Score).Field(r => r.Band).Field(r => r.Effective));
    }

    public static SchemaBuilder AddRisks(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<RiskKind>("RiskKind", type => type
                .Description("Whether an entry threatens conformity or customer satisfaction (a risk) or could improve them (an opportunity).")
                .Value("RISK", description: "An effect that could harm conformity or customer satisfaction.")
                .Value("OPPORTUNITY", description: "An effect that could improve conformity or customer satisfaction."))
            .Enum<RiskBand>("RiskBand", type => type
                .Description("The band of a likelihood × impact score.")
                .Value("LOW", description: "Score 1–5.")
                .Value("MEDIUM", description: "Score 6–10.")
                .Value("HIGH", description: "Score 12–19.")
                .Value("CRITICAL", description: "Score 20–25."))
            .Enum<RiskTreatment>("RiskTreatment", type => type
                .Description("How an entry is dealt with: AVOID, MITIGATE, TRANSFER or ACCEPT for a risk; EXPLOIT, ENHANCE, SHARE or ACCEPT for an opportunity.")
                .Value("AVOID", description: "Risk: stop the activity that gives rise to it.")
                .Value("MITIGATE", description: "Risk: reduce its likelihood or impact.")
                .Value("TRANSFER", description: "Risk: share it with a third party, e.g. an insurer.")
                .Value("ACCEPT", description: "Risk or opportunity: take it as it is, by an informed decision, and monitor it.")
                .Value("EXPLOIT", description: "Opportunity: make sure it happens.")
                .Value("ENHANCE", description: "Opportunity: raise its likelihood or benefit.")
                .Value("SHARE", description: "Opportunity: pursue it with a partner."))
            .Enum<RiskStatus>("RiskStatus", type => type
                .Description("Where an entry is in its workflow: IDENTIFIED → ASSESSED → TREATING / MONITORING → CLOSED (and reopened as IDENTIFIED).")
                .Value("IDENTIFIED", description: "Recorded, not yet assessed.")
                .Value("ASSESSED", description: "Likelihood and impact rated.")
                .Value("TREATING", description: "The planned actions are under way.")
                .Value("MONITORING", description: "Treatment done or the entry accepted; watched at each review.")
                .Value("CLOSED", description: "No longer relevant; kept with its history."))
            .Object<RiskOpportunity>("RiskOpportunity", type => type
                .Description("An entry of the register of risks and opportunities (ISO 9001 §6.1): rated likelihood × impact, treated, rated again after treatment and reviewed on a fixed frequency.")
                .Node("RiskOpportunity", nodes)
                .Field(r => r.Kind, f => f.Description("Risk or opportunity."))
                .Field(r => r.Title, f => f.Description("A short name for the entry."))
                .Field(r => r.Description, f => f.Description("What could happen and what it would affect."))
                .Field(r => r.Category, f => f.Description("Free classification, e.g. Supplier, Regulatory, Market."))
                .Field(r => r.Source, f => f.Description("Where it comes from: an internal or external issue, an interested party, an audit finding …"))
                .Field(r => r.Process, f => f.Description("The process whose conformity it affects."))
                .Field(r => r.Owner, f => f.Description("Who is responsible for the entry."))
                .Field(r => r.Likelihood, f => f.Description("Likelihood before treatment, 1 (rare) to 5 (almost certain)."))
                .Field(r => r.Impact, f => f.Description("Impact before treatment, 1 (negligible) to 5 (severe)."))
                .Field(r => r.Score, f => f.Description("Likelihood × impact before treatment, 1–25."))
                .Field(r => r.Band, f => f.Description("The band of the score."))
                .Field(r => r.Treatment, f => f.Description("The chosen treatment; null until one is planned."))
                .Field(r => r.TreatmentPlan, f => f.Description("The actions that carry out the treatment."))
                .Field(r => r.ResidualLikelihood, f => f.Description("Likelihood after treatment, 1–5; null until rated."))
                .Field(r => r.ResidualImpact, f => f.Description("Impact after treatment, 1–5; null until rated."))
                .Field(r => r.ResidualScore, f => f.Description("Residual likelihood × impact, 1–25; set by the treatment plan's expectation and by every review."))
                .Field(r => r.ResidualBand, f => f.Description("The band of the residual score."))
                .Field(r => r.Status, f => f.Description("Where the entry is in its workflow."))
                .Field("allowedTransitions", "[RiskStatus!]!", ctx => ctx.ParentAs<RiskOpportunity>().AllowedTransitions, f => f
                    .Description("The statuses the entry may move to now."))
                .Field(r => r.ReviewFrequencyMonths, f => f.Description("Months between reviews, 1–60."))
                .Field(r => r.IdentifiedAt, f => f.Description("When the entry was identified (UTC)."))
                .Field(r => r.LastReviewedAt, f => f.Description("When it was last reviewed (UTC); null before the first review."))
                .Field(r => r.NextReviewDue, f => f.Description("When the next review is due (UTC): the last review, or identification, plus the review frequency."))
                .Field("isReviewOverdue", "Boolean!", ctx => ctx.ParentAs<RiskOpportunity>().IsReviewOverdue(ctx.Service<TimeProvider>().GetUtcNow().UtcDateTime), f => f
                    .Description("True when the entry is open and its next review date has passed."))
                .Field(r => r.ClosedAt, f => f.Description("When the entry was closed (UTC); null while open."))
                .Field(r => r.ClosingNote, f => f.Description("Why it was closed."))
                .FieldAsync("reviews", "[RiskReview!]!", ctx => ctx.LoadChildrenAsync<RiskReview>(ctx.ParentAs<RiskOpportunity>().Id, r => r.RiskOpportunityId), f => f
                    .Description("The reviews of the entry, oldest first.")))
            .Object<RiskReview>("RiskReview", type => type
                .Description("One periodic review of a risk or opportunity: its rating at the time and whether the actions taken were effective (ISO 9001 §6.1.2, §9.3.2 e).")
                .Node("RiskReview", nodes)
                .Field(r => r.ReviewedAt, f => f.Description("When the review took place (UTC)."))
                .Field(r => r.Reviewer, f => f.Description("Who reviewed the entry."))
                .Field(r => r.Likelihood, f => f.Description("Likelihood found at the review, 1–5."))
                .Field(r => r.Impact, f => f.Description("Impact found at the review, 1–5."))
                .Field(r => r.Score, f => f.Description("Likelihood × impact found at the review; it became the entry's residual score."))
                .Field(r => r.Band, f => f.Description("The band of the score."))
                .Field(r => r.Effective, f => f.Description("Whether the actions taken were judged effective."))
                .Field(r => r.EffectivenessNotes, f => f.Description("The evaluation of effectiveness; always given when not effective."))
                .FieldAsync("risk", "RiskOpportunity!", async ctx => (await ctx.LoadAsync<RiskOpportunity>(ctx.ParentAs<RiskReview>().RiskOpportunityId))!, f => f
                    .Description("The risk or opportunity reviewed.")))
            .Query(query => query
                .Connection("risks", ctx => ctx.Query<RiskOpportunity>(), c => c
                    .Description("The register of risks and opportunities, filtered and ordered as asked (by default in the order they were recorded).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }
}
