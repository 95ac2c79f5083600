using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Execution;

/// <summary>Stage 1: parses the document within the configured limits (length, tokens, nesting).</summary>
internal static class ParseStage
{
    public static (DocumentNode? Document, GraphQLError? Error) Run(string query, ExecutionOptions options)
    {
        if (query.Length > options.MaxDocumentLength)
        {
            return (null, GraphQLError.Request($"Syntax Error: Document exceeds the maximum length of {options.MaxDocumentLength} characters.", ErrorCodes.ParseFailed));
        }

        try
        {
            return (Parser.Parse(query, options.Parser), null);
        }
        catch (GraphQLSyntaxException exception)
        {
            return (null, GraphQLError.Syntax(exception));
        }
    }
}
