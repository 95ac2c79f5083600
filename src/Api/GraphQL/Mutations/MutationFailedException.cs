namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>Stops a mutation with an expected failure that becomes a payload error; nothing is saved.</summary>
internal sealed class MutationFailedException(object error, string message) : Exception(message)
{
    public object Error { get; } = error;
}
