using CustomerComms.Api.GraphQL.Communications;
using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Complaints;

/// <summary>Receiving complaints and changing their details; the workflow steps are in <see cref="ComplaintWorkflowMutations" />.</summary>
internal static class ComplaintMutations
{
    public static readonly MutationResult ComplaintResult = new("complaint", "Complaint", "the complaint as saved");

    public static SchemaBuilder AddComplaintMutations(this SchemaBuilder builder)
    {
        return builder
            .Mutation("receiveComplaint", "Records a complaint as received: numbers it CMP-YYYY-NNNNN in the year received and starts its SLA clock by severity.", input => input
                .Field("customerId", "ID!", f => f.Description("The customer who complains."))
                .Field("severity", "ComplaintSeverity!", f => f.Description("How serious it is, as first judged; sets the SLA due times."))
                .Field("category", "ComplaintCategory!", f => f.Description("What the complaint concerns."))
                .Field("description", "String!", f => f.Description($"What the customer complains about, at most {Complaint.DescriptionMaxLength} characters."))
                .Field("receivedAt", "DateTime", f => f.Description("When it was received; now when left out; not in the future."))
                .Field("originatingCommunicationId", "ID", f => f.Description("The communication the complaint arrived in: the same customer's, not filed under another complaint."))
                .Field("product", "String", f => f.Description("The product concerned."))
                .Field("lot", "String", f => f.Description("The lot or batch concerned."))
                .Field("isSafetyRelated", "Boolean", f => f.Description("True when health or safety is at stake.").DefaultValue(false))
                .Field("remedySought", "String", f => f.Description("What the customer asks for."))
                .Field("owner", "String", f => f.Description("The person responsible for handling it.")),
                ComplaintResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, ReceiveAsync)
            .Mutation("updateComplaint", "Changes an open complaint's details, owner, containment or root cause; fields left out keep their value.", input => input
                .Field("id", "ID!", f => f.Description("The complaint."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the complaint changed since."))
                .Field("description", "String", f => f.Description("A new description."))
                .Field("product", "String", f => f.Description("A new product; null clears it."))
                .Field("lot", "String", f => f.Description("A new lot; null clears it."))
                .Field("owner", "String", f => f.Description("A new owner."))
                .Field("containment", "String", f => f.Description("What was done at once to contain the problem."))
                .Field("rootCause", "String", f => f.Description("The cause found by the investigation.")),
                ComplaintResult, MutationErrorKinds.Update, UpdateAsync);
    }

    private static async Task<object> ReceiveAsync(MutationContext input)
    {
        var customer = await input.FindAsync<Customer>("customerId", "Customer");
        var origin = await input.FindOptionalAsync<Communication>("originatingCommunicationId", "Communication");
        var receivedAt = MutationClock.TimeOf(input, "receivedAt");
        var number = await new ComplaintNumberAllocator(input.Db).NextAsync(receivedAt.Year, input.CancellationToken);
        var complaint = new Complaint(
            number,
            customer,
            input.Required<ComplaintSeverity>("severity"),
            input.Required<ComplaintCategory>("category"),
            input.Required<string>("description"),
            receivedAt,
            origin,
            input.Value<string>("product"),
            input.Value<string>("lot"),
            input.Value<bool>("isSafetyRelated"),
            input.Value<string>("remedySought"),
            input.Value<string>("owner"));
        input.Db.Add(complaint);
        return complaint;
    }

    private static async Task<object> UpdateAsync(MutationContext input)
    {
        var complaint = await input.FindAsync<Complaint>("id", "Complaint");
        input.ExpectVersion(complaint, "Complaint");
        if (input.Has("description") || input.Has("product") || input.Has("lot"))
        {
            complaint.UpdateDetails(input.ValueOr("description", complaint.Description)!, input.ValueOr("product", complaint.Product), input.ValueOr("lot", complaint.Lot));
        }

        if (input.Has("owner"))
        {
            complaint.AssignOwner(input.Value<string>("owner")!);
        }

        if (input.Has("containment"))
        {
            complaint.RecordContainment(input.Value<string>("containment")!);
        }

        if (input.Has("rootCause"))
        {
            complaint.RecordRootCause(input.Value<string>("rootCause")!);
        }

        return complaint;
    }
}
