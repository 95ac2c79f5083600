namespace CustomerComms.GraphQL.Http;

/// <summary>Why an HTTP request could not be turned into a GraphQL request, with the status code that says so.</summary>
internal sealed record HttpRequestProblem(int StatusCode, string Message, string Code = "BAD_REQUEST");
