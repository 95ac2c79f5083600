using CustomerComms.Api.GraphQL.CorrectiveActions;
using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Requirements;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Requirements;

/// <summary>Recording requirements (ISO 9001 §8.2.2), moving them through their statuses and changing them (§8.2.4).</summary>
internal static class RequirementMutations
{
    private const string TypeName = "Requirement";
    private const string ChangeTypeName = "RequirementChange";
    private static readonly MutationResult RequirementResult = new("requirement", TypeName, "the requirement as saved");
    private static readonly MutationResult ChangeResult = new("requirementChange", ChangeTypeName, "the recorded change");

    public static SchemaBuilder AddRequirementMutations(this SchemaBuilder builder)
    {
        return builder
            .InputObject("RequirementChangeNotificationInput", type => type
                .Description("A person made aware of a requirement change.")
                .Field("name", "String!", f => f.Description("The person's name."))
                .Field("role", "String", f => f.Description("The person's role or function."))
                .Field("notifiedAt", "DateTime", f => f.Description("When the person was told; now when left out. Not before the change.")))
            .Mutation("createRequirement", "Records a requirement at revision 1, in DRAFT.", input => input
                .Field("source", "RequirementSource!", f => f.Description("Where the requirement comes from."))
                .Field("reference", "String", f => f.Description("The law, standard or contract clause; required for STATUTORY and REGULATORY requirements."))
                .Field("productOrService", "String!", f => f.Description("The product or service it applies to."))
                .Field("customerId", "ID", f => f.Description("The customer whose requirement it is, if it is one customer's."))
                .Field("title", "String!", f => f.Description("A short title."))
                .Field("text", "String!", f => f.Description("The requirement's text."))
                .Field("owner", "String!", f => f.Description("Who is responsible for it.")),
                RequirementResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, CreateAsync)
            .Mutation("updateRequirement", "Changes a requirement's details (its text changes through `changeRequirement`); fields left out keep their value. Refused once superseded or withdrawn.", input => input
                .Field("id", "ID!", f => f.Description("The requirement."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the requirement changed since."))
                .Field("source", "RequirementSource", f => f.Description("A new source."))
                .Field("reference", "String", f => f.Description("A new reference; null clears it (not for STATUTORY and REGULATORY requirements)."))
                .Field("productOrService", "String", f => f.Description("A new product or service."))
                .Field("customerId", "ID", f => f.Description("A new customer; null makes it no one customer's."))
                .Field("title", "String", f => f.Description("A new title."))
                .Field("owner", "String", f => f.Description("A new owner.")),
                RequirementResult, MutationErrorKinds.Update, UpdateAsync)
            .Mutation("changeRequirementStatus", "Moves a requirement to another status as its workflow allows (see `allowedTransitions`).", input => input
                .Field("id", "ID!", f => f.Description("The requirement."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("status", "RequirementStatus!", f => f.Description("The status to move to.")),
                RequirementResult, MutationErrorKinds.Transition, ChangeStatusAsync)
            .Mutation("changeRequirement", "Changes a requirement's text (ISO 9001 §8.2.4): raises its revision by one and records the change with the documents amended and the people made aware.", input => input
                .Field("id", "ID!", f => f.Description("The requirement."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("newText", "String!", f => f.Description("The new text; must differ from the current one."))
                .Field("description", "String!", f => f.Description("What changed and why."))
                .Field("changedBy", "String!", f => f.Description("Who made the change."))
                .Field("documentsAmended", "[String!]", f => f.Description("References of the documents amended because of the change; duplicates count once."))
                .Field("notified", "[RequirementChangeNotificationInput!]", f => f.Description("The people made aware of the change; more can be added later with `recordRequirementChangeNotification`.")),
                ChangeResult, MutationErrorKinds.Update, ChangeAsync)
            .Mutation("recordRequirementChangeNotification", "Records that a person was made aware of a requirement change (ISO 9001 §8.2.4).", input => input
                .Field("changeId", "ID!", f => f.Description("The requirement change."))
                .Field("name", "String!", f => f.Description("The person's name."))
                .Field("role", "String", f => f.Description("The person's role or function."))
                .Field("notifiedAt", "DateTime", f => f.Description("When the person was told; now when left out. Not before the change.")),
                ChangeResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, RecordNotificationAsync);
    }

    private static async Task<object> CreateAsync(MutationContext input)
    {
        var customer = await input.FindOptionalAsync<Customer>("customerId", "Customer");
        var requirement = new Requirement(
            input.Required<RequirementSource>("source"),
            input.Value<string>("reference"),
            input.Required<string>("productOrService"),
            customer?.Id,
            input.Required<string>("title"),
            input.Required<string>("text"),
            input.Required<string>("owner"));
        input.Db.Add(requirement);
        return requirement;
    }

    private static async Task<object> UpdateAsync(MutationContext input)
    {
        var requirement = await input.FindAsync<Requirement>("id", TypeName);
        input.ExpectVersion(requirement, TypeName);
        var customerId = input.Has("customerId")
            ? (await input.FindOptionalAsync<Customer>("customerId", "Customer"))?.Id
            : requirement.CustomerId;
        InputFieldNames.Map(
            () => requirement.UpdateDetails(
                input.ValueOr("source", requirement.Source),
                input.ValueOr("reference", requirement.Reference),
                input.ValueOr("productOrService", requirement.ProductOrService)!,
                customerId,
                input.ValueOr("title", requirement.Title)!,
                input.ValueOr("owner", requirement.Owner)!),
            ("status", null));
        return requirement;
    }

    private static async Task<object> ChangeStatusAsync(MutationContext input)
    {
        var requirement = await input.FindAsync<Requirement>("id", TypeName);
        input.ExpectVersion(requirement, TypeName);
        Action move = input.Required<RequirementStatus>("status") switch
        {
            RequirementStatus.Draft => requirement.ReturnToDraft,
            RequirementStatus.UnderReview => requirement.SubmitForReview,
            RequirementStatus.Accepted => requirement.Accept,
            RequirementStatus.Rejected => requirement.Reject,
            RequirementStatus.Superseded => requirement.Supersede,
            RequirementStatus.Withdrawn => requirement.Withdraw,
            var other => throw new InvalidOperationException($"Unknown requirement status {other}."),
        };
        move();
        return requirement;
    }

    private static async Task<object> ChangeAsync(MutationContext input)
    {
        var requirement = await input.FindAsync<Requirement>("id", TypeName, q => q.Include(r => r.Changes));
        input.ExpectVersion(requirement, TypeName);
        var now = Now(input);
        var change = InputFieldNames.Map(
            () => requirement.ApplyChange(
                input.Required<string>("newText"),
                input.Required<string>("description"),
                input.List<string>("documentsAmended"),
                input.Required<string>("changedBy"),
                now),
            ("status", null),
            ("changedAt", null));
        var notified = input.List<IReadOnlyDictionary<string, object?>>("notified");
        for (var i = 0; i < notified.Count; i++)
        {
            var person = new MutationContext(input.Resolve, notified[i], input.Db);
            var notifiedAt = NotifiedAt(person, now, $"notified[{i}].notifiedAt");
            InputFieldNames.Within($"notified[{i}]", () => change.RecordNotification(person.Required<string>("name"), person.Value<string>("role"), notifiedAt));
        }

        return change;
    }

    private static async Task<object> RecordNotificationAsync(MutationContext input)
    {
        var change = await input.FindAsync<RequirementChange>("changeId", ChangeTypeName, q => q.Include(c => c.Notifications));
        var notifiedAt = NotifiedAt(input, Now(input), "notifiedAt");
        change.RecordNotification(input.Required<string>("name"), input.Value<string>("role"), notifiedAt);
        return change;
    }

    /// <summary>When a person was told: as sent, or now; never in the future.</summary>
    private static DateTime NotifiedAt(MutationContext person, DateTime now, string field)
    {
        var at = person.Value<DateTime?>("notifiedAt") ?? now;
        if (at > now)
        {
            const string Message = "A notification cannot be recorded in the future.";
            throw new MutationFailedException(new ValidationError(Message, field, "VALIDATION"), Message);
        }

        return at;
    }

    private static DateTime Now(MutationContext input) => input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime;
}
