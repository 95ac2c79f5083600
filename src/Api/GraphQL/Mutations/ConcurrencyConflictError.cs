namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>The record changed since the client read it: the version sent is not the stored one.</summary>
/// <param name="Message">What happened and what to do.</param>
/// <param name="Id">The global id of the record.</param>
/// <param name="ExpectedVersion">The version the client sent.</param>
/// <param name="ActualVersion">The stored version, or null when the record vanished meanwhile.</param>
internal sealed record ConcurrencyConflictError(string Message, string Id, int ExpectedVersion, int? ActualVersion);
