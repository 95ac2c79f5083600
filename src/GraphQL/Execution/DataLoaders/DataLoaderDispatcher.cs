namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Decides when queued loads are fetched. The executor marks its synchronous stretches of work as frames (starting
/// sibling fields, completing a resolved value, delivering a batch's results); when the last open frame closes,
/// there is no synchronous work left that could queue more keys, so every loader with queued keys fetches them
/// as one batch. Results are delivered inside a frame, so the loads the continuations queue (the next level of
/// the response) form the next batch. A key queued outside any frame (a resolver resuming after its own I/O)
/// schedules a dispatch on the thread pool, so no load waits forever.
/// </summary>
internal sealed class DataLoaderDispatcher
{
    private readonly Lock _lock = new();
    private readonly List<IBatchLoader> _queued = [];
    private int _depth;
    private bool _scheduled;

    /// <summary>Opens a frame of synchronous work; disposing it closes the frame.</summary>
    public FrameScope Frame()
    {
        Interlocked.Increment(ref _depth);
        return new FrameScope(this);
    }

    /// <summary>Notes that a loader has keys to fetch.</summary>
    public void Enqueue(IBatchLoader loader)
    {
        bool schedule;
        lock (_lock)
        {
            _queued.Add(loader);
            schedule = Volatile.Read(ref _depth) == 0 && !_scheduled;
            _scheduled |= schedule;
        }

        if (schedule)
        {
            ThreadPool.UnsafeQueueUserWorkItem(
                static dispatcher =>
                {
                    lock (dispatcher._lock)
                    {
                        dispatcher._scheduled = false;
                    }

                    dispatcher.Frame().Dispose();
                },
                this,
                preferLocal: false);
        }
    }

    private void Exit()
    {
        if (Interlocked.Decrement(ref _depth) != 0)
        {
            return;
        }

        while (true)
        {
            IBatchLoader[] loaders;
            lock (_lock)
            {
                if (_queued.Count == 0)
                {
                    return;
                }

                loaders = [.. _queued];
                _queued.Clear();
            }

            foreach (var loader in loaders)
            {
                loader.Dispatch();
            }
        }
    }

    /// <summary>An open frame; closing the last one dispatches the queued loads.</summary>
    public readonly struct FrameScope(DataLoaderDispatcher dispatcher) : IDisposable
    {
        /// <summary>Closes the frame.</summary>
        public void Dispose() => dispatcher.Exit();
    }
}
