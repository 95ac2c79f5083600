namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Loads one value per key, fetching every key requested during one round of execution in a single call to the
/// batch function, and caching values for the rest of the request. Get one from a resolver with
/// <see cref="ResolveContextDataLoaderExtensions.DataLoader{TKey, TValue}" />.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public sealed class DataLoader<TKey, TValue> : BatchLoader<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _batch;

    internal DataLoader(DataLoaderDispatcher dispatcher, Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch, CancellationToken cancellationToken)
        : base(dispatcher, cancellationToken) => _batch = batch;

    /// <summary>Keys the batch function does not return load <c>default</c> (null).</summary>
    private protected override async Task<Func<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var values = await _batch(keys, cancellationToken).ConfigureAwait(false);
        return key => values.TryGetValue(key, out var value) ? value : default;
    }
}
