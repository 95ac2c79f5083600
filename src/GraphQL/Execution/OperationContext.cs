using System.Collections.Concurrent;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>Everything the execution of one operation shares: schema, document, coerced variables, services, and the errors raised.</summary>
internal sealed class OperationContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly Lock _errorsLock = new();
    private IDictionary<string, object?>? _items;

    public OperationContext(Schema schema, DocumentNode document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, IServiceProvider services, ExecutionOptions options, CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Variables = variables;
        Services = services;
        Options = options;
        CancellationToken = cancellationToken;
        Collector = SharedFieldCollectors.For(schema, document, variables);
    }

    public Schema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public IServiceProvider Services { get; }

    public ExecutionOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    public FieldCollector Collector { get; }

    /// <summary>
    /// The request state given to resolvers, holding the data loaders; created when the first resolver needs a
    /// context, so operations whose fields are all read directly do not pay for it.
    /// </summary>
    public IDictionary<string, object?> Items => _items ?? CreateItems();

    /// <summary>Decides when the data loaders of the request fetch (the loaders themselves live in <see cref="Items" />).</summary>
    public DataLoaderDispatcher Dispatcher { get; } = new();

    private IDictionary<string, object?> CreateItems()
    {
        var items = new ConcurrentDictionary<string, object?>(StringComparer.Ordinal);
        items[DataLoaderRegistry.ItemsKey] = new DataLoaderRegistry(Dispatcher, CancellationToken);
        return Interlocked.CompareExchange(ref _items, items, null) ?? items;
    }

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
            return _errors.Count == 0 ? [] : [.. _errors];
        }
    }
}
