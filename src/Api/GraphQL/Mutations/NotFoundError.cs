namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>An id in the input names no record of the expected type.</summary>
/// <param name="Message">Which record was not found.</param>
/// <param name="Id">The id as sent.</param>
/// <param name="Field">The input field that held it.</param>
internal sealed record NotFoundError(string Message, string Id, string Field);
