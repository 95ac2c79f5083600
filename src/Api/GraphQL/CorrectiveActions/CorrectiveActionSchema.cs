using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.Domain.Customers;
using CustomerComms.GraphQL.Data;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.CorrectiveActions;

/// <summary>Corrective actions (ISO 9001 §10.2) with their steps, and the complaints that raised them.</summary>
internal static class CorrectiveActionSchema
{
    public static SchemaBuilder AddCorrectiveActionDataFields(this SchemaBuilder builder)
    {
        // Only stored columns: OpenStepCount and IsCompleted are computed in memory and EF Core cannot translate them.
        return builder
            .FilterFields<CorrectiveAction>(f => f
                .Field(a => a.Number).Field(a => a.Source).Field(a => a.Status).Field(a => a.Title).Field(a => a.Description)
                .Field(a => a.Owner).Field(a => a.OpenedAt).Field(a => a.DueAt).Field(a => a.StatusChangedAt).Field(a => a.StartedAt)
                .Field(a => a.ImplementedAt).Field(a => a.ClosedAt).Field(a => a.Containment).Field(a => a.RootCause)
                .Field(a => a.AnalysisMethod).Field(a => a.IsEffective).Field(a => a.EffectivenessCheckedAt)
                .Field(a => a.EffectivenessCheckCount).Field(a => a.CreatedAt).Field(a => a.UpdatedAt)
                .Field(a => a.Complaint).Field(a => a.Steps))
            .SortFields<CorrectiveAction>(f => f
                .Field(a => a.Number).Field(a => a.Source).Field(a => a.Status).Field(a => a.Title).Field(a => a.Owner)
                .Field(a => a.OpenedAt).Field(a => a.DueAt).Field(a => a.StatusChangedAt).Field(a => a.ClosedAt)
                .Field(a => a.EffectivenessCheckedAt).Field(a => a.CreatedAt).Field(a => a.UpdatedAt).Field(a => a.Complaint))
            .FilterFields<CorrectiveActionStep>(f => f
                .Field(s => s.Number).Field(s => s.Description).Field(s => s.Owner).Field(s => s.DueAt).Field(s => s.CompletedAt)
                .Field(s => s.Notes).Field(s => s.CreatedAt).Field(s => s.UpdatedAt).Field(s => s.CorrectiveAction))
            .SortFields<CorrectiveActionStep>(f => f
                .Field(s => s.Number).Field(s => s.Owner).Field(s => s.DueAt).Field(s => s.CompletedAt).Field(s => s.CreatedAt)
                .Field(s => s.CorrectiveAction));
    }

    public static SchemaBuilder AddCorrectiveActions(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Enum<CorrectiveActionStatus>("CorrectiveActionStatus", type => type
                .Description("The stages of a corrective action: OPEN → IN_PROGRESS → IMPLEMENTED → VERIFIED → CLOSED; an ineffective verification sends it back to IN_PROGRESS.")
                .Value("OPEN", description: "Raised; containment and cause analysis may be recorded and steps planned.")
                .Value("IN_PROGRESS", description: "The action steps are being carried out.")
                .Value("IMPLEMENTED", description: "Every step is done; waiting for the effectiveness check.")
                .Value("VERIFIED", description: "Found effective; may be closed.")
                .Value("CLOSED", description: "Closed after a verified effectiveness check; a retained record."))
            .Enum<CorrectiveActionSource>("CorrectiveActionSource", type => type
                .Description("What raised the corrective action.")
                .Value("COMPLAINT", description: "A customer complaint; the action names it.")
                .Value("AUDIT", description: "An internal or external audit finding.")
                .Value("NONCONFORMITY", description: "A nonconformity found in the organisation's own processes or products.")
                .Value("OTHER", description: "Anything else."))
            .Enum<CauseAnalysisMethod>("CauseAnalysisMethod", type => type
                .Description("The technique used to find the root cause.")
                .Value("FIVE_WHYS", description: "Asking why repeatedly until the root cause appears.")
                .Value("ISHIKAWA", description: "A cause-and-effect (fishbone) diagram.")
                .Value("FAULT_TREE", description: "A fault tree analysis.")
                .Value("EIGHT_D", description: "The 8D problem-solving method.")
                .Value("PARETO", description: "A Pareto analysis of the causes' frequency.")
                .Value("OTHER", description: "Another technique."))
            .Object<CorrectiveAction>("CorrectiveAction", type => type
                .Description("A corrective action (ISO 9001 §10.2): containment, root cause, action steps with owners and due dates, and an effectiveness check before it may close.")
                .Node("CorrectiveAction", nodes)
                .Field(a => a.Number, f => f.Description("The human-readable number, CA-YYYY-NNNNN: the year opened and a sequence within it; unique."))
                .Field(a => a.Source, f => f.Description("What raised the action."))
                .Field(a => a.Status, f => f.Description("The action's stage."))
                .Field("allowedTransitions", "[CorrectiveActionStatus!]!", ctx => CorrectiveActionWorkflow.AllowedFrom(ctx.ParentAs<CorrectiveAction>().Status), f => f
                    .Description("The stages the action may move to next; empty once closed."))
                .Field(a => a.StatusChangedAt, f => f.Description("When the status last changed (UTC)."))
                .Field(a => a.Title, f => f.Description("A short title."))
                .Field(a => a.Description, f => f.Description("The problem to correct, in full."))
                .Field(a => a.Owner, f => f.Description("Who is responsible for the action."))
                .Field(a => a.OpenedAt, f => f.Description("When the action was raised (UTC)."))
                .Field(a => a.DueAt, f => f.Description("The target time for the whole action, if set (UTC)."))
                .Field("isOverdue", "Boolean!", ctx => ctx.ParentAs<CorrectiveAction>().IsOverdue(Now(ctx)), f => f
                    .Description("True when the action has a due time, is still OPEN or IN_PROGRESS, and the due time has passed."))
                .Field(a => a.Containment, f => f.Description("What was done at once to contain the problem and its consequences."))
                .Field(a => a.RootCause, f => f.Description("The root cause found by the cause analysis."))
                .Field(a => a.AnalysisMethod, f => f.Description("The technique the root cause was found with."))
                .Field(a => a.StartedAt, f => f.Description("When work on the steps started (UTC)."))
                .Field(a => a.ImplementedAt, f => f.Description("When every step was done and the action marked implemented (UTC)."))
                .Field(a => a.IsEffective, f => f.Description("The outcome of the latest effectiveness check; null before the first."))
                .Field(a => a.EffectivenessCheckedAt, f => f.Description("When effectiveness was last checked (UTC)."))
                .Field(a => a.EffectivenessCheckedBy, f => f.Description("Who checked effectiveness last."))
                .Field(a => a.EffectivenessNotes, f => f.Description("The evidence behind the latest effectiveness check."))
                .Field(a => a.EffectivenessCheckCount, f => f.Description("How many effectiveness checks were made, ineffective ones included."))
                .Field(a => a.ClosedAt, f => f.Description("When the action was closed (UTC)."))
                .FieldAsync("steps", "[CorrectiveActionStep!]!", ctx => Steps(ctx), f => f
                    .Description("The action steps, in the order they were added."))
                .FieldAsync("openStepCount", "Int!", async ctx => (await Steps(ctx)).Count(s => !s.IsCompleted), f => f
                    .Description("How many steps are not yet completed."))
                .FieldAsync("complaint", "Complaint", ctx => ctx.LoadAsync<Complaint>(ctx.ParentAs<CorrectiveAction>().ComplaintId), f => f
                    .Description("The complaint that raised the action; null unless the source is COMPLAINT."))
                .FieldAsync("customer", "Customer", CustomerAsync, f => f
                    .Description("The customer of the complaint that raised the action; null when no complaint did.")))
            .Object<CorrectiveActionStep>("CorrectiveActionStep", type => type
                .Description("One action to take within a corrective action: who does it by when, and when it was done.")
                .Node("CorrectiveActionStep", nodes)
                .Field(s => s.Number, f => f.Description("1, 2, 3, … in the order the steps were added to their corrective action."))
                .Field(s => s.Description, f => f.Description("What is to be done."))
                .Field(s => s.Owner, f => f.Description("Who does it."))
                .Field(s => s.DueAt, f => f.Description("When it is due (UTC)."))
                .Field(s => s.CompletedAt, f => f.Description("When it was done (UTC); null while open."))
                .Field(s => s.Notes, f => f.Description("Notes recorded on completion."))
                .Field(s => s.IsCompleted, f => f.Description("True once the step is done."))
                .Field("isOverdue", "Boolean!", ctx => ctx.ParentAs<CorrectiveActionStep>().IsOverdue(Now(ctx)), f => f
                    .Description("True when the step is still open after its due time."))
                .FieldAsync("correctiveAction", "CorrectiveAction!", async ctx => (await ctx.LoadAsync<CorrectiveAction>(ctx.ParentAs<CorrectiveActionStep>().CorrectiveActionId))!, f => f
                    .Description("The corrective action the step belongs to.")))
            .Object<Complaint>("Complaint", type => type
                .FieldAsync("correctiveActions", "[CorrectiveAction!]!", ctx => ctx.LoadChildrenAsync<CorrectiveAction>(ctx.ParentAs<Complaint>().Id, a => a.ComplaintId), f => f
                    .Description("The corrective actions raised from the complaint (ISO 9001 §10.2), oldest first.")))
            .Query(query => query
                .Connection("correctiveActions", ctx => ctx.Query<CorrectiveAction>(), c => c
                    .Description("Corrective actions, filtered and ordered as asked (by default in the order they were raised).")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance))
                .Connection("correctiveActionSteps", ctx => ctx.Query<CorrectiveActionStep>(), c => c
                    .Description("The steps of every corrective action, e.g. one owner's open steps by due date.")
                    .Filter().Sort().ExecuteWith(EfQueryableExecutor.Instance)));
    }

    private static Task<IReadOnlyList<CorrectiveActionStep>> Steps(ResolveContext ctx) =>
        ctx.LoadChildrenAsync<CorrectiveActionStep>(ctx.ParentAs<CorrectiveAction>().Id, s => s.CorrectiveActionId);

    /// <summary>
    /// The customer of the action's complaint, read with the complaint in one batch keyed by complaint id, so the
    /// customers of a page are fetched together with, not after, the page's complaints.
    /// </summary>
    private static Task<Customer?> CustomerAsync(ResolveContext ctx)
    {
        if (ctx.ParentAs<CorrectiveAction>().ComplaintId is not { } complaintId)
        {
            return Task.FromResult<Customer?>(null);
        }

        var contexts = ctx.Service<ReadDbContexts>();
        return ctx.DataLoader<int, Customer?>("Customer.byComplaintId", async (ids, cancellationToken) =>
        {
            var keys = ids.ToArray();
            var rows = await contexts.Open().Set<Complaint>()
                .Where(c => keys.Contains(c.Id))
                .Select(c => new { c.Id, c.Customer })
                .ToListAsync(cancellationToken);
            return rows.ToDictionary(r => r.Id, Customer? (r) => r.Customer);
        }).LoadAsync(complaintId);
    }

    private static DateTime Now(ResolveContext ctx) => ctx.Service<TimeProvider>().GetUtcNow().UtcDateTime;
}
