using System.Collections.Concurrent;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>Everything the execution of one operation shares: schema, document, coerced variables, services, and the errors raised.</summary>
internal sealed class OperationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorsLock = new();

    public OperationContext(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, IServiceProvider services, ExecutionOptions options, CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Variables = variables;
        Services = services;
        Options = options;
        CancellationToken = cancellationToken;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            fragments.TryAdd(fragment.Name.Value, fragment);
        }

        Collector = new FieldCollector(schema, fragments, variables);
        Items = new ConcurrentDictionary<string, object?>(StringComparer.Ordinal);
        DataLoaders = new DataLoaderRegistry(cancellationToken);
        Items[DataLoaderRegistry.ItemsKey] = DataLoaders;
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public FieldCollector Collector { get; }

    public IDictionary<string, object?> Items { get; }

    public DataLoaderRegistry DataLoaders { get; }

    public void AddError(GraphQLError error)
    {
        lock (_errorsLock)
        {
            _errors.Add(error);
        }
    }

    public IReadOnlyList<GraphQLError> Errors()
    {
        lock (_errorsLock)
        {
            return [.. _errors];
        }
    }
}
