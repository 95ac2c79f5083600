namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>The payload field that carries a mutation's record.</summary>
/// <param name="Field">The field name, e.g. <c>complaint</c>.</param>
/// <param name="Type">The nullable output type, e.g. <c>Complaint</c>.</param>
/// <param name="Description">What it holds, in lower case, e.g. <c>the complaint as acknowledged</c>.</param>
internal sealed record MutationResult(string Field, string Type, string Description);
