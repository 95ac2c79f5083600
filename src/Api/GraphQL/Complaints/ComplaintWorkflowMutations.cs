using CustomerComms.Api.GraphQL.Communications;
using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Complaints;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Complaints;

/// <summary>
/// The complaint workflow steps (ISO 10002) and the SLA clock. Each takes the complaint's id and the version read,
/// and the time the step happened (now when left out); a step the current status does not allow is an
/// InvalidTransitionError naming the statuses that are.
/// </summary>
internal static class ComplaintWorkflowMutations
{
    public static SchemaBuilder AddComplaintWorkflowMutations(this SchemaBuilder builder)
    {
        return builder
            .Step("acknowledgeComplaint", "Confirms receipt to the customer (RECEIVED → ACKNOWLEDGED); meets the acknowledgement SLA.", "acknowledged",
                _ => { }, (input, complaint, at) => complaint.Acknowledge(at))
            .Step("assessComplaint", "Records the assessment (ACKNOWLEDGED → ASSESSED): severity, safety and remedy sought. A changed severity resets the response due time.", "assessed",
                input => input
                    .Field("severity", "ComplaintSeverity!", f => f.Description("How serious the complaint is, as assessed."))
                    .Field("isSafetyRelated", "Boolean!", f => f.Description("True when health or safety is at stake."))
                    .Field("remedySought", "String", f => f.Description("What the customer asks for."))
                    .Field("category", "ComplaintCategory", f => f.Description("A corrected category; left out keeps it.")),
                (input, complaint, at) => complaint.Assess(
                    input.Required<ComplaintSeverity>("severity"),
                    input.Required<bool>("isSafetyRelated"),
                    input.Value<string>("remedySought"),
                    at,
                    input.Value<ComplaintCategory?>("category")))
            .Step("startComplaintInvestigation", "Starts (or, after an escalation or reopening, resumes) the investigation (→ INVESTIGATING).", "under investigation",
                input => input.Field("containment", "String", f => f.Description("What was done at once to contain the problem.")),
                (input, complaint, at) => complaint.StartInvestigation(at, input.Value<string>("containment")))
            .Step("respondToComplaint", "Gives the customer a response (INVESTIGATING or ESCALATED → RESPONDED); the first one meets the response SLA. A paused SLA clock resumes.", "responded to",
                input => input.Field("responseText", "String!", f => f.Description($"The response, at most {Complaint.ResponseMaxLength} characters.")),
                (input, complaint, at) => complaint.Respond(input.Required<string>("responseText"), at))
            .Step("closeComplaint", "Closes a responded complaint (RESPONDED → CLOSED) with whether the customer accepted the response and their satisfaction.", "closed",
                input => input
                    .Field("customerAccepted", "Boolean!", f => f.Description("Whether the customer accepted the response."))
                    .Field("satisfaction", "Int", f => f.Description("The customer's satisfaction with the handling, 1 (very dissatisfied) to 5 (very satisfied), when given.")),
                (input, complaint, at) => complaint.Close(input.Required<bool>("customerAccepted"), input.Value<int?>("satisfaction"), at))
            .Step("escalateComplaint", "Records that the customer does not accept the response (RESPONDED → ESCALATED).", "escalated",
                input => input.Field("reason", "String!", f => f.Description("Why the customer does not accept the response.")),
                (input, complaint, at) => complaint.Escalate(input.Required<string>("reason"), at))
            .Step("reopenComplaint", "Opens a closed complaint again (CLOSED → REOPENED), e.g. when the problem returns.", "reopened",
                input => input.Field("reason", "String!", f => f.Description("Why it is reopened.")),
                (input, complaint, at) => complaint.Reopen(input.Required<string>("reason"), at))
            .Step("pauseComplaintSla", "Stops the SLA clock while waiting on the customer (e.g. for samples); not once responded or closed, not twice.", "with its SLA clock paused",
                input => input.Field("reason", "String", f => f.Description("What the organisation is waiting for.")),
                (input, complaint, at) => complaint.PauseSla(at, input.Value<string>("reason")))
            .Step("resumeComplaintSla", "Restarts a paused SLA clock; the due times not yet met move later by the paused time.", "with its SLA clock running",
                _ => { }, (input, complaint, at) => complaint.ResumeSla(at));
    }

    private static SchemaBuilder Step(
        this SchemaBuilder builder,
        string name,
        string description,
        string outcome,
        Action<InputObjectTypeBuilder<IReadOnlyDictionary<string, object?>>> fields,
        Action<MutationContext, Complaint, DateTime> apply)
    {
        return builder.Mutation(name, description, input =>
            {
                input
                    .Field("id", "ID!", f => f.Description("The complaint."))
                    .Field("version", "Int!", f => f.Description("The version you read; the step is refused if the complaint changed since."))
                    .Field("at", "DateTime", f => f.Description("When it happened; now when left out; not in the future, not before the last status change."));
                fields(input);
            },
            new MutationResult("complaint", "Complaint", $"the complaint {outcome}"),
            MutationErrorKinds.Transition,
            async input =>
            {
                var complaint = await input.FindAsync<Complaint>("id", "Complaint");
                input.ExpectVersion(complaint, "Complaint");
                apply(input, complaint, MutationClock.TimeOf(input, "at"));
                return complaint;
            });
    }
}
