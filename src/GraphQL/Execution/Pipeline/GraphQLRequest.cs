namespace CustomerComms.GraphQL.Execution;

/// <summary>A GraphQL request: the document text, the operation to run, and the variable values.</summary>
/// <param name="Query">The document text.</param>
/// <param name="OperationName">The operation to run; may be null when the document has one operation.</param>
/// <param name="Variables">The variable values by name (plain values or <see cref="System.Text.Json.JsonElement" />s), or null.</param>
public sealed record GraphQLRequest(string Query, string? OperationName = null, IReadOnlyDictionary<string, object?>? Variables = null)
{
    /// <summary>
    /// Refuse operations other than queries (with <see cref="ErrorCodes.OperationNotAllowed"/>), as for a request that
    /// arrived by HTTP GET, where nothing may change.
    /// </summary>
    public bool QueryOnly { get; init; }
}
