using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>
/// The mutation conventions (DESIGN §4): <c>doThing(input: DoThingInput!): DoThingPayload!</c>, the payload carrying
/// the changed record and <c>errors: [DoThingError!]</c>, a union of the typed errors that implement <c>Error</c>.
/// </summary>
internal static class MutationSchema
{
    public static SchemaBuilder AddMutationErrors(this SchemaBuilder builder)
    {
        return builder
            .Interface("Error", type => type
                .Description("An expected failure of a mutation, reported in its payload's `errors`; nothing was changed.")
                .Field("message", "String!", f => f.Description("What went wrong, in plain words.")))
            .Object<ValidationError>("ValidationError", type => type
                .Implements("Error")
                .Description("An input value is missing, malformed, out of range or breaks a rule of the record.")
                .Field(e => e.Message, f => f.Description("What is wrong and what is expected."))
                .Field(e => e.Field, f => f.Description("The path of the input field at fault within `input` (e.g. `contact.email`); null when the rule concerns the record as a whole."))
                .Field(e => e.Code, f => f.Description("The rule's stable code, e.g. VALIDATION or REQUIREMENT_REVIEW_DECIDED.")))
            .Object<NotFoundError>("NotFoundError", type => type
                .Implements("Error")
                .Description("An id in the input names no record of the expected type.")
                .Field(e => e.Message, f => f.Description("Which record was not found."))
                .Field("id", "ID!", ctx => ctx.ParentAs<NotFoundError>().Id, f => f.Description("The id as sent."))
                .Field("field", "String", ctx => ctx.ParentAs<NotFoundError>().Field, f => f.Description("The path of the input field that held the id (nullable, like ValidationError.field, so one selection can ask both).")))
            .Object<ConcurrencyConflictError>("ConcurrencyConflictError", type => type
                .Implements("Error")
                .Description("The record was changed by someone else after you read it. Read it again and reapply the change.")
                .Field(e => e.Message, f => f.Description("What happened."))
                .Field("id", "ID!", ctx => ctx.ParentAs<ConcurrencyConflictError>().Id, f => f.Description("The record's global id."))
                .Field(e => e.ExpectedVersion, f => f.Description("The version you sent."))
                .Field(e => e.ActualVersion, f => f.Description("The stored version now; null when the record was removed.")))
            .Object<InvalidTransitionError>("InvalidTransitionError", type => type
                .Implements("Error")
                .Description("A workflow step that the record's current state does not allow.")
                .Field(e => e.Message, f => f.Description("Why, in plain words."))
                .Field(e => e.From, f => f.Description("The record's current state, as its status enum names it (e.g. ACKNOWLEDGED)."))
                .Field(e => e.To, f => f.Description("The state the step would lead to."))
                .Field("allowed", "[String!]!", ctx => ctx.ParentAs<InvalidTransitionError>().Allowed, f => f.Description("The states reachable from the current one; empty when it is final.")));
    }

    /// <summary>
    /// Adds the mutation <paramref name="name" /> with its input, payload and error union. <paramref name="execute" />
    /// makes the change on <see cref="MutationContext.Db" /> and returns the record for the payload; the change and its
    /// audit entries are saved in one transaction, or nothing is when an expected failure is reported.
    /// </summary>
    public static SchemaBuilder Mutation(
        this SchemaBuilder builder,
        string name,
        string description,
        Action<InputObjectTypeBuilder<IReadOnlyDictionary<string, object?>>> input,
        MutationResult result,
        MutationErrorKinds errors,
        Func<MutationContext, Task<object>> execute)
    {
        var prefix = string.Concat(char.ToUpperInvariant(name[0]).ToString(), name[1..]);
        var inputType = prefix + "Input";
        var payloadType = prefix + "Payload";
        var errorType = prefix + "Error";
        var members = Members(errors);
        var runner = new MutationRunner(name, errors, execute);
        return builder
            .InputObject(inputType, type =>
            {
                type.Description($"The input of `{name}`.");
                input(type);
            })
            .Union(errorType, type => type
                .Description($"The expected failures of `{name}`.")
                .Types(members))
            .Object(payloadType, type => type
                .Description($"The result of `{name}`: {result.Description}, or the errors that prevented it.")
                .Field(result.Field, result.Type, ctx => ((MutationPayload)ctx.Parent!).Result, f => f.Description($"{Capitalise(result.Description)}; null when `errors` is set."))
                .Field("errors", $"[{errorType}!]", ctx => ((MutationPayload)ctx.Parent!).Errors, f => f.Description("Why nothing was changed; null when the mutation succeeded.")))
            .Mutation(mutation => mutation.FieldAsync(name, payloadType + "!", runner.RunAsync, f => f
                .Description(description)
                .Argument("input", inputType + "!", a => a.Description($"What `{name}` needs."))));
    }

    private static string[] Members(MutationErrorKinds errors)
    {
        var members = new List<string>();
        if (errors.HasFlag(MutationErrorKinds.Validation))
        {
            members.Add("ValidationError");
        }

        if (errors.HasFlag(MutationErrorKinds.NotFound))
        {
            members.Add("NotFoundError");
        }

        if (errors.HasFlag(MutationErrorKinds.ConcurrencyConflict))
        {
            members.Add("ConcurrencyConflictError");
        }

        if (errors.HasFlag(MutationErrorKinds.InvalidTransition))
        {
            members.Add("InvalidTransitionError");
        }

        return [.. members];
    }

    private static string Capitalise(string text) => string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]);
}
