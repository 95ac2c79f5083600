using System.Collections.Concurrent;

namespace CustomerComms.GraphQL.Execution;

/// <summary>The data loaders of one request, by name; the executor puts it in <see cref="Types.ResolveContext.Items" /> under <see cref="ItemsKey" />.</summary>
public sealed class DataLoaderRegistry
{
    /// <summary>The key of the registry in <see cref="Types.ResolveContext.Items" />.</summary>
    public const string ItemsKey = "CustomerComms.GraphQL.Execution.DataLoaders";

    private readonly CancellationToken _cancellationToken;
    private ConcurrentDictionary<string, object>? _loaders;

    internal DataLoaderRegistry(DataLoaderDispatcher dispatcher, CancellationToken cancellationToken)
    {
        Dispatcher = dispatcher;
        _cancellationToken = cancellationToken;
    }

    internal DataLoaderDispatcher Dispatcher { get; }

    /// <summary>The loaders by name, created with the first loader: most requests use none.</summary>
    private ConcurrentDictionary<string, object> Loaders =>
        LazyInitializer.EnsureInitialized(ref _loaders, static () => new ConcurrentDictionary<string, object>(StringComparer.Ordinal));

    /// <summary>The loader named <paramref name="name" />, created with <paramref name="batch" /> on first use.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="name">A name unique within the request, e.g. <c>customerById</c>.</param>
    /// <param name="batch">Fetches the values of distinct keys; keys it leaves out load null.</param>
    /// <returns>The loader.</returns>
    /// <exception cref="InvalidOperationException">When the name is used by a loader of other types.</exception>
    public DataLoader<TKey, TValue> GetOrAdd<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull =>
        Loaders.GetOrAdd(name, _ => new DataLoader<TKey, TValue>(Dispatcher, batch, _cancellationToken)) as DataLoader<TKey, TValue>
        ?? throw new InvalidOperationException($"The data loader \"{name}\" has other key or value types.");

    /// <summary>The grouped loader named <paramref name="name" />, created with <paramref name="batch" /> on first use.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The item type.</typeparam>
    /// <param name="name">A name unique within the request, e.g. <c>ordersByCustomer</c>.</param>
    /// <param name="batch">Fetches the items of distinct keys, grouped by key.</param>
    /// <returns>The loader.</returns>
    /// <exception cref="InvalidOperationException">When the name is used by a loader of other types.</exception>
    public GroupedDataLoader<TKey, TValue> GetOrAddGrouped<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> batch)
        where TKey : notnull =>
        Loaders.GetOrAdd(name, _ => new GroupedDataLoader<TKey, TValue>(Dispatcher, batch, _cancellationToken)) as GroupedDataLoader<TKey, TValue>
        ?? throw new InvalidOperationException($"The data loader \"{name}\" has other key or value types.");
}
