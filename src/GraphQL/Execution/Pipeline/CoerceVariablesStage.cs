using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>Stage 3: chooses the operation (graphql-js <c>getOperationAST</c> rules) and coerces its variables.</summary>
internal static class CoerceVariablesStage
{
    public static (OperationDefinitionNode? Operation, IReadOnlyDictionary<string, object?> Variables, IReadOnlyList<GraphQLError> Errors) Run(
        Schema schema,
        DocumentNode document,
        string? operationName,
        IReadOnlyDictionary<string, object?>? inputs,
        ExecutionOptions options)
    {
        OperationDefinitionNode? operation = null;
        foreach (var node in document.Definitions)
        {
            if (node is not OperationDefinitionNode definition)
            {
                continue;
            }

            if (operationName is null)
            {
                if (operation is not null)
                {
                    return (null, new Dictionary<string, object?>(), [GraphQLError.Request("Must provide operation name if query contains multiple operations.", ErrorCodes.OperationResolutionFailure)]);
                }

                operation = definition;
            }
            else if (definition.NameValue == operationName)
            {
                operation = definition;
                break;
            }
        }

        if (operation is null)
        {
            var message = operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".";
            return (null, new Dictionary<string, object?>(), [GraphQLError.Request(message, ErrorCodes.OperationResolutionFailure)]);
        }

        var (values, errors) = VariableCoercion.Coerce(schema, operation.VariableDefinitions, inputs, options.MaxVariableErrors);
        return (operation, values, errors);
    }
}
