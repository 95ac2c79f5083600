using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;
using CustomerComms.GraphQL.Validation;

namespace CustomerComms.GraphQL.Execution;

/// <summary>Stage 2: validates the document with <see cref="ExecutionOptions.Validate" />.</summary>
internal static class ValidateStage
{
    public static IReadOnlyList<GraphQLError> Run(Schema schema, DocumentNode document, ExecutionOptions options) =>
        options.Validate(schema, document);

    /// <summary>Every rule of the specification (<see cref="SpecifiedRules" />), as response errors.</summary>
    public static IReadOnlyList<GraphQLError> SpecifiedRules(Schema schema, DocumentNode document) =>
        [.. DocumentValidator.Validate(schema, document)
            .Select(error => new GraphQLError(error.Message, ValidationError.Code, error.Locations, path: null, error.Extensions))];
}
