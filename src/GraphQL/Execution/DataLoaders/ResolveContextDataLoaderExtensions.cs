using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>Access to the request's data loaders from a resolver.</summary>
public static class ResolveContextDataLoaderExtensions
{
    /// <summary>The request's loader named <paramref name="name" />, created with <paramref name="batch" /> on first use.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="context">The resolver's context.</param>
    /// <param name="name">A name unique within the request.</param>
    /// <param name="batch">Fetches the values of distinct keys; keys it leaves out load null.</param>
    /// <returns>The loader.</returns>
    /// <exception cref="InvalidOperationException">When the context does not come from the executor.</exception>
    public static DataLoader<TKey, TValue> DataLoader<TKey, TValue>(this ResolveContext context, string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull => Registry(context).GetOrAdd(name, batch);

    /// <summary>The request's grouped loader named <paramref name="name" />, created with <paramref name="batch" /> on first use.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The item type.</typeparam>
    /// <param name="context">The resolver's context.</param>
    /// <param name="name">A name unique within the request.</param>
    /// <param name="batch">Fetches the items of distinct keys, grouped by key.</param>
    /// <returns>The loader.</returns>
    /// <exception cref="InvalidOperationException">When the context does not come from the executor.</exception>
    public static GroupedDataLoader<TKey, TValue> GroupedDataLoader<TKey, TValue>(this ResolveContext context, string name, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> batch)
        where TKey : notnull => Registry(context).GetOrAddGrouped(name, batch);

    private static DataLoaderRegistry Registry(ResolveContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(DataLoaderRegistry.ItemsKey, out var registry) && registry is DataLoaderRegistry loaders
            ? loaders
            : throw new InvalidOperationException("Data loaders are only available to resolvers run by the executor.");
    }
}
