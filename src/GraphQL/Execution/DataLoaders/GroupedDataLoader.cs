namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Loads the list of values that belong to each key (e.g. the orders of a customer), fetching every key requested
/// during one round of execution in a single call to the batch function. Get one from a resolver with
/// <see cref="ResolveContextDataLoaderExtensions.GroupedDataLoader{TKey, TValue}" />.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The item type.</typeparam>
public sealed class GroupedDataLoader<TKey, TValue> : BatchLoader<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> _batch;

    internal GroupedDataLoader(DataLoaderDispatcher dispatcher, Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> batch, CancellationToken cancellationToken)
        : base(dispatcher, cancellationToken) => _batch = batch;

    /// <summary>Keys with no items load an empty list.</summary>
    private protected override async Task<Func<TKey, IReadOnlyList<TValue>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var groups = await _batch(keys, cancellationToken).ConfigureAwait(false);
        return key => [.. groups[key]];
    }
}
