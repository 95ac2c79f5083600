namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>What a mutation answers: the changed record, or the expected failures that stopped it.</summary>
/// <param name="Result">The record created or changed; null when there are errors.</param>
/// <param name="Errors">The expected failures; null when the mutation succeeded.</param>
internal sealed record MutationPayload(object? Result, IReadOnlyList<object>? Errors);
