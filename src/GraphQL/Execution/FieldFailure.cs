namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// The value of a position that must be null because of an error, travelling up to the nearest nullable
/// position, which records <see cref="Error" /> and becomes null (the specification's null propagation).
/// </summary>
/// <param name="Error">The error, located where it was raised.</param>
internal sealed record FieldFailure(GraphQLError Error);
