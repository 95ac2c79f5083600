using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.CorrectiveActions;

/// <summary>Raising corrective actions and working them through to a verified close (ISO 9001 §10.2).</summary>
internal static class CorrectiveActionMutations
{
    private const string TypeName = "CorrectiveAction";
    private const string StepTypeName = "CorrectiveActionStep";
    private static readonly MutationResult ActionResult = new("correctiveAction", TypeName, "the corrective action as saved");
    private static readonly MutationResult StepResult = new("correctiveActionStep", StepTypeName, "the step as saved");

    public static SchemaBuilder AddCorrectiveActionMutations(this SchemaBuilder builder)
    {
        return builder
            .Mutation("raiseCorrectiveAction", "Raises a corrective action, from a complaint or on its own, numbered CA-YYYY-NNNNN; it starts OPEN.", input => input
                .Field("source", "CorrectiveActionSource!", f => f.Description("What raised it; COMPLAINT requires `complaintId`, every other source refuses it."))
                .Field("complaintId", "ID", f => f.Description("The complaint that raised it."))
                .Field("title", "String!", f => f.Description("A short title."))
                .Field("description", "String!", f => f.Description("The problem to correct."))
                .Field("owner", "String!", f => f.Description("Who is responsible."))
                .Field("dueAt", "DateTime", f => f.Description("The target time for the whole action; not before now."))
                .Field("containment", "String", f => f.Description("What was done at once to contain the problem, if already known.")),
                ActionResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, RaiseAsync)
            .Mutation("recordCorrectiveActionAnalysis", "Records the containment and/or the root cause with the technique that found it; refused once closed.", input => input
                .Field("id", "ID!", f => f.Description("The corrective action."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the action changed since."))
                .Field("containment", "String", f => f.Description("What was done at once to contain the problem; left out keeps the current text."))
                .Field("rootCause", "String", f => f.Description("The root cause found; requires `analysisMethod`."))
                .Field("analysisMethod", "CauseAnalysisMethod", f => f.Description("The technique that found the root cause; requires `rootCause`.")),
                ActionResult, MutationErrorKinds.Update, RecordAnalysisAsync)
            .Mutation("startCorrectiveAction", "Moves an OPEN corrective action to IN_PROGRESS.", input => TransitionInput(input),
                ActionResult, MutationErrorKinds.Transition, m => TransitionAsync(m, (action, now) => action.Start(now)))
            .Mutation("addCorrectiveActionStep", "Adds an action step, numbered after the existing ones, while the action is OPEN or IN_PROGRESS.", input => input
                .Field("correctiveActionId", "ID!", f => f.Description("The corrective action."))
                .Field("version", "Int!", f => f.Description("The corrective action's version you read."))
                .Field("description", "String!", f => f.Description("What is to be done."))
                .Field("owner", "String!", f => f.Description("Who does it."))
                .Field("dueAt", "DateTime!", f => f.Description("When it is due; not before the action was opened.")),
                StepResult, MutationErrorKinds.Update, AddStepAsync)
            .Mutation("completeCorrectiveActionStep", "Records that a step was done; a step completes once.", input => input
                .Field("id", "ID!", f => f.Description("The step."))
                .Field("version", "Int!", f => f.Description("The step's version you read."))
                .Field("completedAt", "DateTime", f => f.Description("When it was done, if earlier than now; not before the action was opened."))
                .Field("notes", "String", f => f.Description("What was done, evidence, references.")),
                StepResult, MutationErrorKinds.Update, CompleteStepAsync)
            .Mutation("markCorrectiveActionImplemented", "Moves an IN_PROGRESS action to IMPLEMENTED; refused while a step is open or when it has none.", input => TransitionInput(input),
                ActionResult, MutationErrorKinds.Transition, m => TransitionAsync(m, (action, now) => action.MarkImplemented(now)))
            .Mutation("verifyCorrectiveActionEffectiveness", "Records the effectiveness check of an IMPLEMENTED action: effective moves it to VERIFIED, ineffective back to IN_PROGRESS for further steps.", input => TransitionInput(input)
                .Field("effective", "Boolean!", f => f.Description("Whether the actions taken worked."))
                .Field("notes", "String!", f => f.Description("The evidence, e.g. no recurrence in 30 days."))
                .Field("verifiedBy", "String!", f => f.Description("Who checked.")),
                ActionResult, MutationErrorKinds.Transition, m => TransitionAsync(m, (action, now) => action.VerifyEffectiveness(
                    m.Required<bool>("effective"), m.Required<string>("notes"), m.Required<string>("verifiedBy"), now)))
            .Mutation("closeCorrectiveAction", "Closes a VERIFIED corrective action; an action whose effectiveness is not verified cannot close.", input => TransitionInput(input),
                ActionResult, MutationErrorKinds.Transition, m => TransitionAsync(m, (action, now) => action.Close(now)));
    }

    private static InputObjectTypeBuilder<IReadOnlyDictionary<string, object?>> TransitionInput(InputObjectTypeBuilder<IReadOnlyDictionary<string, object?>> input) => input
        .Field("id", "ID!", f => f.Description("The corrective action."))
        .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the action changed since."));

    private static async Task<object> RaiseAsync(MutationContext input)
    {
        var now = Now(input);
        var complaint = await input.FindOptionalAsync<Complaint>("complaintId", "Complaint");
        var number = await new CorrectiveActionNumberAllocator(input.Db).NextAsync(now.Year, input.CancellationToken);
        var action = new CorrectiveAction(
            number,
            input.Required<CorrectiveActionSource>("source"),
            input.Required<string>("title"),
            input.Required<string>("description"),
            input.Required<string>("owner"),
            now,
            complaint,
            input.Value<DateTime?>("dueAt"));
        if (input.Value<string>("containment") is { } containment)
        {
            action.RecordContainment(containment);
        }

        input.Db.Add(action);
        return action;
    }

    private static async Task<object> RecordAnalysisAsync(MutationContext input)
    {
        var action = await input.FindAsync<CorrectiveAction>("id", TypeName);
        input.ExpectVersion(action, TypeName);
        var rootCause = input.Value<string>("rootCause");
        var method = input.Value<CauseAnalysisMethod?>("analysisMethod");
        if ((rootCause is null) != (method is null))
        {
            var field = rootCause is null ? "rootCause" : "analysisMethod";
            const string Message = "A root cause is recorded with the technique that found it: send both `rootCause` and `analysisMethod`.";
            throw new MutationFailedException(new ValidationError(Message, field, "VALIDATION"), Message);
        }

        InputFieldNames.Map(
            () =>
            {
                if (input.Value<string>("containment") is { } containment)
                {
                    action.RecordContainment(containment);
                }

                if (rootCause is not null && method is { } analysisMethod)
                {
                    action.RecordCauseAnalysis(rootCause, analysisMethod);
                }
            },
            ("status", null),
            ("method", "analysisMethod"));
        return action;
    }

    private static async Task<object> AddStepAsync(MutationContext input)
    {
        var action = await input.FindAsync<CorrectiveAction>("correctiveActionId", TypeName, q => q.Include(a => a.Steps));
        input.ExpectVersion(action, TypeName);
        return InputFieldNames.Map(
            () => action.AddStep(input.Required<string>("description"), input.Required<string>("owner"), input.Required<DateTime>("dueAt")),
            ("status", null));
    }

    private static async Task<object> CompleteStepAsync(MutationContext input)
    {
        var step = await input.FindAsync<CorrectiveActionStep>("id", StepTypeName, q => q.Include(s => s.CorrectiveAction).ThenInclude(a => a.Steps));
        input.ExpectVersion(step, StepTypeName);
        var now = Now(input);
        var completedAt = input.Value<DateTime?>("completedAt") ?? now;
        if (completedAt > now)
        {
            const string Message = "A step cannot be completed in the future.";
            throw new MutationFailedException(new ValidationError(Message, "completedAt", "VALIDATION"), Message);
        }

        // The domain names the step by its number; the input names it by its id.
        InputFieldNames.Map(
            () => step.CorrectiveAction.CompleteStep(step.Number, completedAt, input.Value<string>("notes")),
            ("stepNumber", "id"),
            ("status", null));
        return step;
    }

    private static async Task<object> TransitionAsync(MutationContext input, Action<CorrectiveAction, DateTime> move)
    {
        var action = await input.FindAsync<CorrectiveAction>("id", TypeName, q => q.Include(a => a.Steps));
        input.ExpectVersion(action, TypeName);
        move(action, Now(input));
        return action;
    }

    private static DateTime Now(MutationContext input) => input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime;
}
