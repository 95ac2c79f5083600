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
    private readonly Dictionary<TKey, Task<TResult>> _loaded = [];
    private readonly Dictionary<TKey, List<TaskCompletionSource<TResult>>> _waiting = [];
    private readonly DataLoaderDispatcher _dispatcher;
    private readonly CancellationToken _cancellationToken;
    private List<TKey> _queue = [];

    private protected BatchLoader(DataLoaderDispatcher dispatcher, CancellationToken cancellationToken)
    {
        _dispatcher = dispatcher;
        _cancellationToken = cancellationToken;
    }

    /// <summary>Loads the value of a key: from the request's cache, else with the next batch.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value, once the batch containing the key has been fetched.</returns>
    /// <remarks>
    /// Every caller waiting for a key gets a task of its own. A task shared by several awaiters would run only the
    /// first continuation inline when it completes and queue the rest, whose loads would then miss the batch that
    /// the delivery frame is forming; one awaiter per task keeps every continuation inside the frame.
    /// </remarks>
    public Task<TResult> LoadAsync(TKey key)
    {
        bool first = false;
        TaskCompletionSource<TResult> waiter;
        lock (_lock)
        {
            if (_loaded.TryGetValue(key, out var loaded))
            {
                return loaded;
            }

            if (!_waiting.TryGetValue(key, out var waiters))
            {
                _waiting[key] = waiters = [];
                _queue.Add(key);
                first = _queue.Count == 1;
            }

            waiter = new TaskCompletionSource<TResult>();
            waiters.Add(waiter);
        }

        if (first)
        {
            _dispatcher.Enqueue(this);
        }

        return waiter.Task;
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
        List<TKey> batch;
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

    private async Task RunAsync(List<TKey> batch)
    {
        Func<TKey, TResult>? results = null;
        Exception? failure = null;
        try
        {
            results = await FetchAsync(batch, _cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        using (_dispatcher.Frame())
        {
            foreach (var key in batch)
            {
                Deliver(key, results, failure);
            }
        }
    }

    /// <summary>Caches a key's outcome for later loads and completes everyone waiting for it (keys loaded while the batch was in flight included).</summary>
    private void Deliver(TKey key, Func<TKey, TResult>? results, Exception? failure)
    {
        List<TaskCompletionSource<TResult>> waiters;
        TResult value = default!;
        if (failure is null)
        {
            try
            {
                value = results!(key);
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        }

        lock (_lock)
        {
            _loaded[key] = failure is null ? Task.FromResult(value) : Task.FromException<TResult>(failure);
            _waiting.Remove(key, out waiters!);
        }

        foreach (var waiter in waiters)
        {
            if (failure is null)
            {
                waiter.TrySetResult(value);
            }
            else
            {
                waiter.TrySetException(failure);
            }
        }
    }
}
