using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Communications;

/// <summary>Recording communications, answering them, filing them under complaints and linking them to related records.</summary>
internal static class CommunicationMutations
{
    private static readonly MutationResult CommunicationResult = new("communication", "Communication", "the communication as saved");

    public static SchemaBuilder AddCommunicationMutations(this SchemaBuilder builder)
    {
        return builder
            .Mutation("recordCommunication", "Records an exchange with a customer, of any kind of ISO 9001 §8.2.1 (information given, inquiries, orders and changes, feedback, customer property, contingency).", input => input
                .Field("customerId", "ID!", f => f.Description("The customer."))
                .Field("contactId", "ID", f => f.Description("The customer's contact involved; must be one of the customer's contacts."))
                .Field("kind", "CommunicationKind!", f => f.Description("What it is about."))
                .Field("direction", "CommunicationDirection!", f => f.Description("Who sent it."))
                .Field("channel", "CommunicationChannel!", f => f.Description("How it was sent."))
                .Field("subject", "String!", f => f.Description($"A one-line summary, at most {Communication.SubjectMaxLength} characters."))
                .Field("body", "String", f => f.Description($"The content or notes, at most {Communication.BodyMaxLength} characters."))
                .Field("occurredAt", "DateTime", f => f.Description("When it was sent or took place; now when left out; not in the future."))
                .Field("handledBy", "String!", f => f.Description("The person in the organisation who handled it."))
                .Field("responseDue", "DateTime", f => f.Description("When an answer is owed to the customer, if one is; not before `occurredAt`."))
                .Field("complaintId", "ID", f => f.Description("Files the communication under this complaint of the same customer (e.g. an acknowledgement or a response).")),
                CommunicationResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, RecordAsync)
            .Mutation("updateCommunication", "Changes a communication's content, records the answer to it or files it under a complaint; fields left out keep their value.", input => input
                .Field("id", "ID!", f => f.Description("The communication."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the communication changed since."))
                .Field("subject", "String", f => f.Description("A new subject."))
                .Field("body", "String", f => f.Description("A new body; null clears it."))
                .Field("responseDue", "DateTime", f => f.Description("When an answer is owed; null means none is."))
                .Field("respondedAt", "DateTime", f => f.Description("Records that the customer was answered at this time (once); not before the communication, not in the future."))
                .Field("responseSummary", "String", f => f.Description("What the customer was told; recorded with `respondedAt`."))
                .Field("complaintId", "ID", f => f.Description("Files the communication under this complaint of the same customer.")),
                CommunicationResult, MutationErrorKinds.Update, UpdateAsync)
            .Mutation("linkCommunication", "Links a communication to a related record: a complaint, corrective action, requirement, requirement review or change, risk or opportunity, survey or survey response, customer property item, contingency plan or another communication.", input => input
                .Field("communicationId", "ID!", f => f.Description("The communication."))
                .Field("targetId", "ID!", f => f.Description("The global id of the record to link; its type must be one of LinkTargetType."))
                .Field("note", "String", f => f.Description($"Why the records are linked, at most {CommunicationLink.NoteMaxLength} characters.")),
                CommunicationResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, LinkAsync)
            .Mutation("unlinkCommunication", "Removes a communication's link to a record.", input => input
                .Field("communicationId", "ID!", f => f.Description("The communication."))
                .Field("targetId", "ID!", f => f.Description("The global id of the linked record, as in `CommunicationLink.targetId`.")),
                CommunicationResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, UnlinkAsync);
    }

    private static async Task<object> RecordAsync(MutationContext input)
    {
        var customer = await input.FindAsync<Customer>("customerId", "Customer");
        var contact = await input.FindOptionalAsync<Contact>("contactId", "Contact");
        var communication = new Communication(
            customer,
            input.Required<CommunicationKind>("kind"),
            input.Required<CommunicationDirection>("direction"),
            input.Required<CommunicationChannel>("channel"),
            input.Required<string>("subject"),
            input.Value<string>("body"),
            MutationClock.TimeOf(input, "occurredAt"),
            input.Required<string>("handledBy"),
            contact,
            input.Value<DateTime?>("responseDue"));
        if (await input.FindOptionalAsync<Complaint>("complaintId", "Complaint") is { } complaint)
        {
            communication.AssignToComplaint(complaint);
        }

        input.Db.Add(communication);
        return communication;
    }

    private static async Task<object> UpdateAsync(MutationContext input)
    {
        var communication = await input.FindAsync<Communication>("id", "Communication");
        input.ExpectVersion(communication, "Communication");
        communication.UpdateContent(input.ValueOr("subject", communication.Subject)!, input.ValueOr("body", communication.Body));
        if (input.Has("responseDue"))
        {
            communication.SetResponseDue(input.Value<DateTime?>("responseDue"));
        }

        if (input.Value<DateTime?>("respondedAt") is not null)
        {
            communication.RecordResponse(MutationClock.TimeOf(input, "respondedAt"), input.Value<string>("responseSummary"));
        }

        if (await input.FindOptionalAsync<Complaint>("complaintId", "Complaint") is { } complaint)
        {
            communication.AssignToComplaint(complaint);
        }

        return communication;
    }

    private static async Task<object> LinkAsync(MutationContext input)
    {
        var communication = await input.FindAsync<Communication>("communicationId", "Communication", q => q.Include(c => c.Links));
        var (type, key) = await LinkTargets.FindAsync(input, "targetId");
        if (type == LinkTargetType.Communication && key == communication.Id)
        {
            const string Message = "A communication cannot be linked to itself.";
            throw new MutationFailedException(new ValidationError(Message, "targetId", "LINK_TO_ITSELF"), Message);
        }

        communication.AddLink(type, key, input.Value<string>("note"));
        return communication;
    }

    private static async Task<object> UnlinkAsync(MutationContext input)
    {
        var communication = await input.FindAsync<Communication>("communicationId", "Communication", q => q.Include(c => c.Links));
        var (type, key) = LinkTargets.Parse(input, "targetId");
        communication.RemoveLink(type, key);
        return communication;
    }
}
