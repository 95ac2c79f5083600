namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>A workflow step that the record's current state does not allow.</summary>
/// <param name="Message">Why, with the states allowed.</param>
/// <param name="From">The current state, as its enum value name.</param>
/// <param name="To">The state asked for.</param>
/// <param name="Allowed">The states reachable from <paramref name="From" />.</param>
internal sealed record InvalidTransitionError(string Message, string From, string To, IReadOnlyList<string> Allowed);
