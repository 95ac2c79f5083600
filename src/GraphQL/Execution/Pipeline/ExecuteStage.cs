using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>Stage 4: executes the chosen operation with its coerced variables.</summary>
internal static class ExecuteStage
{
    public static Task<ExecutionResult> RunAsync(
        Schema schema,
        DocumentNode document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider services,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        var context = new OperationContext(schema, document, operation, variables, services, options, cancellationToken);
        return new OperationExecutor(context).ExecuteAsync(options.RootValue);
    }
}
