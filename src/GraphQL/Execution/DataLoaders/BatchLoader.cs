namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// The common part of <see cref="DataLoader{TKey, TValue}" /> and <see cref="GroupedDataLoader{TKey, TValue}" />:
/// loads are cached by key for the request, queued, and fetched in one batch when the dispatcher says so.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TResult">What one key loads.</typeparam>
public abstract class BatchLoader<TKey, TResult> : IBatchLoader
    where TKey : notnull
{
    private readonly Lock _lock = new();
    private readonly Dictionary<TKey, Task<TResult>> _cache = [];
    private readonly DataLoaderDispatcher _dispatcher;
    private readonly CancellationToken _cancellationToken;
    private List<(TKey Key, TaskCompletionSource<TResult> Result)> _queue = [];

    private protected BatchLoader(DataLoaderDispatcher dispatcher, CancellationToken cancellationToken)
    {
        _dispatcher = dispatcher;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Loads the value of a key: from the request's cache, else with the next batch.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value, once the batch containing the key has been fetched.</returns>
    public Task<TResult> LoadAsync(TKey key)
    {
        bool first;
        Task<TResult> task;
        lock (_lock)
        {
            if (_cache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            var completion = new TaskCompletionSource<TResult>();
            _cache[key] = task = completion.Task;
            _queue.Add((key, completion));
            first = _queue.Count == 1;
        }

        if (first)
        {
            _dispatcher.Enqueue(this);
        }

        return task;
    }

    /// <summary>Loads the values of several keys, in the order of the keys.</summary>
    /// <param name="keys">The keys.</param>
    /// <returns>The values.</returns>
    public async Task<IReadOnlyList<TResult>> LoadManyAsync(IEnumerable<TKey> keys) =>
        await Task.WhenAll(keys.Select(LoadAsync).ToList()).ConfigureAwait(false);

    /// <summary>Fetches a batch of distinct keys.</summary>
    /// <param name="keys">The keys, in the order they were first loaded.</param>
    /// <param name="cancellationToken">The request's cancellation.</param>
    /// <returns>The value of each key.</returns>
    private protected abstract Task<Func<TKey, TResult>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    void IBatchLoader.Dispatch()
    {
        List<(TKey Key, TaskCompletionSource<TResult> Result)> batch;
        lock (_lock)
        {
            batch = _queue;
            _queue = [];
        }

        if (batch.Count > 0)
        {
            _ = RunAsync(batch);
        }
    }

    private async Task RunAsync(List<(TKey Key, TaskCompletionSource<TResult> Result)> batch)
    {
        Func<TKey, TResult> results;
        try
        {
            results = await FetchAsync([.. batch.Select(item => item.Key)], _cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            using (_dispatcher.Frame())
            {
                foreach (var (_, result) in batch)
                {
                    result.TrySetException(exception);
                }
            }

            return;
        }

        using (_dispatcher.Frame())
        {
            foreach (var (key, result) in batch)
            {
                result.TrySetResult(results(key));
            }
        }
    }
}
