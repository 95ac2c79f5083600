namespace CustomerComms.GraphQL.Execution;

/// <summary>The values of <c>extensions.code</c> the engine puts on its errors, one per kind of failure.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not syntactically valid, or exceeds the parser's limits.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document is not valid against the schema.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>No operation could be chosen: none in the document, an unknown operation name, or several without a name.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>A variable or argument value cannot be coerced to its type.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A resolver failed, or its value cannot be completed to the field's type.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";

    /// <summary>The request is not well formed (e.g. no query, variables that are not a JSON object).</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>The operation is not allowed for this request, e.g. a mutation sent by HTTP GET.</summary>
    public const string OperationNotAllowed = "OPERATION_NOT_ALLOWED";
}
