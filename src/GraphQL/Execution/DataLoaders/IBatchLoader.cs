namespace CustomerComms.GraphQL.Execution;

/// <summary>A loader whose queued keys the <see cref="DataLoaderDispatcher" /> can fetch.</summary>
internal interface IBatchLoader
{
    /// <summary>Starts fetching every queued key in one batch.</summary>
    void Dispatch();
}
