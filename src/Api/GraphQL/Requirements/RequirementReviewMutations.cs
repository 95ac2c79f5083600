using CustomerComms.Api.GraphQL.CorrectiveActions;
using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Requirements;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Requirements;

/// <summary>Reviewing requirements before committing to supply (ISO 9001 §8.2.3): findings, verbal confirmation, decision.</summary>
internal static class RequirementReviewMutations
{
    private const string TypeName = "RequirementReview";
    private static readonly MutationResult ReviewResult = new("requirementReview", TypeName, "the review as saved");

    public static SchemaBuilder AddRequirementReviewMutations(this SchemaBuilder builder)
    {
        return builder
            .InputObject("RequirementReviewItemInput", type => type
                .Description("The finding of a review for one requirement.")
                .Field("requirementId", "ID!", f => f.Description("The requirement reviewed (not SUPERSEDED or WITHDRAWN); it is recorded at its current revision."))
                .Field("outcome", "ReviewItemOutcome!", f => f.Description("Whether it can be met, or that a difference was resolved."))
                .Field("resolution", "String", f => f.Description("How the difference was resolved: required for DIFFERENCE_RESOLVED, refused otherwise."))
                .Field("notes", "String", f => f.Description("Further notes.")))
            .Mutation("reviewRequirements", "Records a review before committing to supply (ISO 9001 §8.2.3): a finding per requirement, the verbal requirements confirmed, and, when `decision` is sent, the decision that makes it a retained record.", input => input
                .Field("subject", "String!", f => f.Description("The order, contract or tender reviewed, e.g. PO 4500123."))
                .Field("customerId", "ID", f => f.Description("The customer the commitment would be to."))
                .Field("reviewer", "String!", f => f.Description("Who reviewed."))
                .Field("reviewedAt", "DateTime", f => f.Description("When the review took place; now when left out. Not in the future."))
                .Field("items", "[RequirementReviewItemInput!]!", f => f.Description("The finding for each requirement reviewed; each requirement once."))
                .Field("verbalRequirementsConfirmation", "String", f => f.Description("How, and with whom, the customer's verbal requirements were confirmed before acceptance (§8.2.3.1)."))
                .Field("decision", "ReviewDecision", f => f.Description("The decision; left out keeps the review open for further findings. ACCEPTED is refused while a finding is CANNOT_MEET."))
                .Field("rationale", "String", f => f.Description("Why the review was decided so, with any conditions; required with `decision`.")),
                ReviewResult, MutationErrorKinds.Validation | MutationErrorKinds.NotFound, ReviewAsync)
            .Mutation("recordRequirementReviewFindings", "Adds findings to an open review, or changes the finding for a requirement already in it, and/or records the verbal confirmation. Refused once the review is decided.", input => input
                .Field("id", "ID!", f => f.Description("The review."))
                .Field("version", "Int!", f => f.Description("The version you read; the change is refused if the review changed since."))
                .Field("items", "[RequirementReviewItemInput!]", f => f.Description("Findings to add, or to replace for requirements already in the review."))
                .Field("verbalRequirementsConfirmation", "String", f => f.Description("How, and with whom, the verbal requirements were confirmed.")),
                ReviewResult, MutationErrorKinds.Update, RecordFindingsAsync)
            .Mutation("decideRequirementReview", "Decides an open review; from then on it is a retained record (§8.2.3.2) and every change is refused. Needs at least one finding; ACCEPTED is refused while a finding is CANNOT_MEET.", input => input
                .Field("id", "ID!", f => f.Description("The review."))
                .Field("version", "Int!", f => f.Description("The version you read."))
                .Field("decision", "ReviewDecision!", f => f.Description("The decision."))
                .Field("rationale", "String!", f => f.Description("Why, with any conditions.")),
                ReviewResult, MutationErrorKinds.Update, DecideAsync);
    }

    private static async Task<object> ReviewAsync(MutationContext input)
    {
        var now = Now(input);
        var reviewedAt = input.Value<DateTime?>("reviewedAt") ?? now;
        if (reviewedAt > now)
        {
            const string Message = "A review cannot take place in the future.";
            throw new MutationFailedException(new ValidationError(Message, "reviewedAt", "VALIDATION"), Message);
        }

        var customer = await input.FindOptionalAsync<Customer>("customerId", "Customer");
        var review = new RequirementReview(input.Required<string>("subject"), customer?.Id, input.Required<string>("reviewer"), reviewedAt);
        await RecordAsync(input, review);
        if (input.Value<ReviewDecision?>("decision") is { } decision)
        {
            review.Decide(decision, input.Value<string>("rationale")!, now);
        }
        else if (input.Value<string>("rationale") is not null)
        {
            const string Message = "A rationale is recorded with a decision; send `decision` too.";
            throw new MutationFailedException(new ValidationError(Message, "decision", "VALIDATION"), Message);
        }

        input.Db.Add(review);
        return review;
    }

    private static async Task<object> RecordFindingsAsync(MutationContext input)
    {
        var review = await input.FindAsync<RequirementReview>("id", TypeName, q => q.Include(r => r.Items));
        input.ExpectVersion(review, TypeName);
        await RecordAsync(input, review);
        return review;
    }

    private static async Task<object> DecideAsync(MutationContext input)
    {
        var review = await input.FindAsync<RequirementReview>("id", TypeName, q => q.Include(r => r.Items));
        input.ExpectVersion(review, TypeName);
        InputFieldNames.Map(
            () => review.Decide(input.Required<ReviewDecision>("decision"), input.Required<string>("rationale"), Now(input)),
            ("at", null));
        return review;
    }

    /// <summary>Adds each finding of <c>items</c> (or changes it, for a requirement the review had before), and the verbal confirmation.</summary>
    private static async Task RecordAsync(MutationContext input, RequirementReview review)
    {
        var items = input.List<IReadOnlyDictionary<string, object?>>("items").Select(item => new MutationContext(input.Resolve, item, input.Db)).ToList();
        var requirements = await RequirementsAsync(input, items);
        var reviewedBefore = review.Items.Select(existing => existing.RequirementId).ToHashSet();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var requirement = requirements[i];
            if (requirements.Take(i).Contains(requirement))
            {
                var message = $"The requirement {item.Required<string>("requirementId")} is listed twice; give one finding per requirement.";
                throw new MutationFailedException(new ValidationError(message, $"items[{i}].requirementId"), message);
            }

            var outcome = item.Required<ReviewItemOutcome>("outcome");
            var resolution = item.Value<string>("resolution");
            var notes = item.Value<string>("notes");
            InputFieldNames.Within(
                $"items[{i}]",
                () =>
                {
                    if (reviewedBefore.Contains(requirement.Id))
                    {
                        review.ChangeItem(requirement, outcome, resolution, notes);
                    }
                    else
                    {
                        review.AddItem(requirement, outcome, resolution, notes);
                    }

                    return true;
                });
        }

        if (input.Value<string>("verbalRequirementsConfirmation") is { } confirmation)
        {
            InputFieldNames.Map(() => review.ConfirmVerbalRequirements(confirmation), ("verbalConfirmationDetails", "verbalRequirementsConfirmation"));
        }
    }

    /// <summary>The requirements the items name, tracked, read in one query; a NotFoundError on the first id that names none.</summary>
    private static async Task<IReadOnlyList<Requirement>> RequirementsAsync(MutationContext input, IReadOnlyList<MutationContext> items)
    {
        var keys = new int[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var id = items[i].Required<string>("requirementId");
            keys[i] = GlobalId.TryParse(id, out var type, out var key) && type == "Requirement" ? key : throw NotFound(id, i);
        }

        var found = await input.Db.Set<Requirement>().Where(r => keys.Contains(r.Id)).ToDictionaryAsync(r => r.Id, input.CancellationToken);
        var requirements = new Requirement[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            requirements[i] = found.TryGetValue(keys[i], out var requirement) ? requirement : throw NotFound(items[i].Required<string>("requirementId"), i);
        }

        return requirements;
    }

    private static MutationFailedException NotFound(string id, int index)
    {
        var message = $"No Requirement has the id \"{id}\".";
        return new MutationFailedException(new NotFoundError(message, id, $"items[{index}].requirementId"), message);
    }

    private static DateTime Now(MutationContext input) => input.Resolve.Service<TimeProvider>().GetUtcNow().UtcDateTime;
}
