using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>Stage 2: validates the document with <see cref="ExecutionOptions.Validate" />.</summary>
internal static class ValidateStage
{
    public static IReadOnlyList<GraphQLError> Run(Schema schema, DocumentNode document, ExecutionOptions options) =>
        options.Validate(schema, document);
}
