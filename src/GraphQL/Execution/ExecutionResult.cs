namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// The result of a request: <c>data</c> (absent when the request failed before execution, null when a non-null
/// root field failed), <c>errors</c> and <c>extensions</c>. <see cref="ExecutionResultWriter" /> turns it into JSON.
/// </summary>
public sealed record ExecutionResult
{
    /// <summary>The data: response keys to completed values (maps, lists, and serialized leaf values); null when absent or null.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; init; }

    /// <summary>Whether the response has a <c>data</c> entry (which may be null); false for request errors.</summary>
    public bool HasData { get; init; }

    /// <summary>The errors, in the order they were raised; empty when there are none.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];

    /// <summary>The response extensions, or null.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A result of a request that failed before execution: errors and no <c>data</c>.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <returns>The result.</returns>
    public static ExecutionResult FromErrors(IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    /// <summary>A result of an execution: <c>data</c> (possibly null) and any field errors.</summary>
    /// <param name="data">The data, or null.</param>
    /// <param name="errors">The errors.</param>
    /// <returns>The result.</returns>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError> errors) =>
        new() { Data = data, HasData = true, Errors = errors };
}
