using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Risks;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Risks;

/// <summary>Recording, rating, treating, reviewing and closing risks and opportunities.</summary>
internal static class RiskMutations
{
    private static readonly MutationResult RiskResult = new("risk", "RiskOpportunity", "the risk or opportunity as saved");

    public static SchemaBuilder AddRiskMutations(this SchemaBuilder builder)
    {
        return builder
            .Mutation("createRisk", "Records a new risk or opportunity, rated before treatment; it starts IDENTIFIED.", input => input
                .Field("kind", "RiskKind!", f => f.Description("Risk or opportunity."))
                .Field("title", "String!", f => f.Description("A short name."))
                .Field("description", "String!", f => f.Description("What could happen and what it would affect."))
                .Field("category", "String!", f => f.Description("Free classification, e.g. Supplier."))
                .Field("source", "String!", f => f.Description("Where it comes from, e.g. an audit finding."))
                .Field("process", "String!", f => f.Description("The process whose conformity it affects."))
                .Field("owner", "String!", f => f.Description("Who is responsible."))
                .Field("likelihood", "Int!", f => f.Description("1 (rare) to 5 (almost certain)."))
                .Field("impact", "Int!", f => f.Description("1 (negligible) to 5 (severe)."))
                .Field("reviewFrequencyMonths", "Int!", f => f.Description("Months between reviews, 1–60.").DefaultValue(12))
                .Field("identifiedAt", "DateTime", f => f.Description("When it was identified; now when left out.")),
                RiskResult, MutationErrorKinds.Validation, CreateAsync)
            .Mutation("updateRisk", "Changes an open entry's details and review frequency; fields left out keep their value.", input => input
                .Field("id", "ID!", f => f.Description("The risk or opportunity."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the entry changed since."))
                .Field("title", "String", f => f.Description("A new title."))
                .Field("description", "String", f => f.Description("A new description."))
                .Field("category", "String", f => f.Description("A new category."))
                .Field("source", "String", f => f.Description("A new source."))
                .Field("process", "String", f => f.Description("A new process."))
                .Field("owner", "String", f => f.Description("A new owner."))
                .Field("reviewFrequencyMonths", "Int", f => f.Description("A new review frequency, 1–60; the next review falls due that long after the last one.")),
                RiskResult, MutationErrorKinds.Update, UpdateAsync)
            .Mutation("assessRisk", "Rates likelihood and impact before treatment and moves the entry to ASSESSED (from IDENTIFIED or MONITORING).", input => input
                .Field("id", "ID!", f => f.Description("The risk or opportunity."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("likelihood", "Int!", f => f.Description("1 (rare) to 5 (almost certain)."))
                .Field("impact", "Int!", f => f.Description("1 (negligible) to 5 (severe).")),
                RiskResult, MutationErrorKinds.Transition, AssessAsync)
            .Mutation("setRiskTreatment", "Chooses an assessed entry's treatment, its actions and optionally the residual rating expected after them.", input => input
                .Field("id", "ID!", f => f.Description("The risk or opportunity."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("treatment", "RiskTreatment!", f => f.Description("A treatment that fits the kind: AVOID, MITIGATE, TRANSFER or ACCEPT for a risk; EXPLOIT, ENHANCE, SHARE or ACCEPT for an opportunity."))
                .Field("treatmentPlan", "String", f => f.Description("The actions; required unless the treatment is ACCEPT."))
                .Field("residualLikelihood", "Int", f => f.Description("Likelihood expected after the actions, 1–5; give it with residualImpact or not at all."))
                .Field("residualImpact", "Int", f => f.Description("Impact expected after the actions, 1–5.")),
                RiskResult, MutationErrorKinds.Update, SetTreatmentAsync)
            .Mutation("startRiskTreatment", "Moves an entry to TREATING: the planned actions are under way. Needs a treatment other than ACCEPT.", input => input
                .Field("id", "ID!", f => f.Description("The risk or opportunity."))
                .Field("version", "Int!", f => f.Description("The version you read.")),
                RiskResult, MutationErrorKinds.Transition, m => ChangeAsync(m, risk => risk.StartTreatment()))
            .Mutation("monitorRisk", "Moves an entry to MONITORING: the treatment is done or the entry accepted. Needs a treatment.", input => input
                .Field("id", "ID!", f => f.Description("The risk or opportunity."))
                .Field("version", "Int!", f => f.Description("The version you read.")),
                RiskResult, MutationErrorKinds.Transition, m => ChangeAsync(m, risk => risk.StartMonitoring()))
            .Mutation("reviewRisk", "Records a review of an assessed, open entry: the rating found becomes its residual rating, the effectiveness of the actions is evaluated and the next review date set.", input => input
                .Field("id", "ID!", f => f.Description("The risk or opportunity."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("reviewer", "String!", f => f.Description("Who reviewed it."))
                .Field("likelihood", "Int!", f => f.Description("Likelihood found, 1–5."))
                .Field("impact", "Int!", f => f.Description("Impact found, 1–5."))
                .Field("effective", "Boolean!", f => f.Description("Whether the actions taken were effective."))
                .Field("effectivenessNotes", "String", f => f.Description("The evaluation; required when not effective."))
                .Field("reviewedAt", "DateTime", f => f.Description("When the review took place; now when left out. Not before the last review.")),
                RiskResult, MutationErrorKinds.Update, ReviewAsync)
            .Mutation("closeRisk", "Closes an entry that is no longer relevant; it keeps its history.", input => input
                .Field("id", "ID!", f => f.Description("The risk or opportunity."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("note", "String", f => f.Description("Why it is closed.")),
                RiskResult, MutationErrorKinds.Transition, m => ChangeAsync(m, risk => risk.Close(Now(m), m.Value<string>("note"))))
            .Mutation("reopenRisk", "Opens a closed entry again as IDENTIFIED; its next review falls due one review period from now.", input => input
                .Field("id", "ID!", f => f.Description("The risk or opportunity."))
                .Field("version", "Int!", f => f.Description("The version you read.")),
                RiskResult, MutationErrorKinds.Transition, m => ChangeAsync(m, risk => risk.Reopen(Now(m))));
    }

    private static Task<object> CreateAsync(MutationContext input)
    {
        var risk = new RiskOpportunity(
            input.Required<RiskKind>("kind"),
            input.Required<string>("title"),
            input.Required<string>("description"),
            input.Required<string>("category"),
            input.Required<string>("source"),
            input.Required<string>("process"),
            input.Required<string>("owner"),
            input.Required<int>("likelihood"),
            input.Required<int>("impact"),
            input.Required<int>("reviewFrequencyMonths"),
            input.Value<DateTime?>("identifiedAt") ?? Now(input));
        input.Db.Add(risk);
        return Task.FromResult<object>(risk);
    }

    private static Task<object> UpdateAsync(MutationContext input) => ChangeAsync(input, risk =>
    {
        risk.UpdateDetails(
            input.ValueOr("title", risk.Title)!,
            input.ValueOr("description", risk.Description)!,
            input.ValueOr("category", risk.Category)!,
            input.ValueOr("source", risk.Source)!,
            input.ValueOr("process", risk.Process)!,
            input.ValueOr("owner", risk.Owner)!);
        if (input.Value<int?>("reviewFrequencyMonths") is { } months && months != risk.ReviewFrequencyMonths)
        {
            risk.ChangeReviewFrequency(months);
        }
    });

    private static Task<object> AssessAsync(MutationContext input) =>
        ChangeAsync(input, risk => risk.Assess(input.Required<int>("likelihood"), input.Required<int>("impact")));

    private static Task<object> SetTreatmentAsync(MutationContext input) =>
        ChangeAsync(input, risk => risk.PlanTreatment(
            input.Required<RiskTreatment>("treatment"),
            input.Value<string>("treatmentPlan"),
            input.Value<int?>("residualLikelihood"),
            input.Value<int?>("residualImpact")));

    private static async Task<object> ReviewAsync(MutationContext input)
    {
        var risk = await input.FindAsync<RiskOpportunity>("id", "RiskOpportunity", q => q.Include(r => r.Reviews));
        input.ExpectVersion(risk, "RiskOpportunity");
        risk.RecordReview(
            input.Value<DateTime?>("reviewedAt") ?? Now(input),
            input.Required<string>("reviewer"),
            input.Required<int>("likelihood"),
            input.Required<int>("impact"),
            input.Required<bool>("effective"),
            input.Value<string>("effectivenessNotes"));
        return risk;
    }

    /// <summary>Loads the entry named by <c>id</c>, checks <c>version</c> and applies <paramref name="change" />.</summary>
    private static async Task<object> ChangeAsync(MutationContext input, Action<RiskOpportunity> change)
    {
        var risk = await input.FindAsync<RiskOpportunity>("id", "RiskOpportunity");
        input.ExpectVersion(risk, "RiskOpportunity");
        change(risk);
        return risk;
    }

    private static DateTime Now(MutationContext input) => input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime;
}
