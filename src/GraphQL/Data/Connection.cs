namespace CustomerComms.GraphQL.Data;

/// <summary>One page of a Relay connection, as the connection field resolves it.</summary>
public sealed class Connection
{
    private readonly Func<CancellationToken, Task<int>> _count;
    private Task<int>? _total;

    /// <summary>Creates the page.</summary>
    /// <param name="edges">The items with their cursors, in order.</param>
    /// <param name="pageInfo">Where the page lies.</param>
    /// <param name="count">Counts every item matching the filter; called at most once, and only when asked for.</param>
    public Connection(IReadOnlyList<Edge> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count)
    {
        Edges = edges;
        PageInfo = pageInfo;
        _count = count;
    }

    /// <summary>The items with their cursors.</summary>
    public IReadOnlyList<Edge> Edges { get; }

    /// <summary>The items.</summary>
    public IReadOnlyList<object> Nodes => [.. Edges.Select(edge => edge.Node)];

    /// <summary>Where the page lies.</summary>
    public PageInfo PageInfo { get; }

    /// <summary>The number of items matching the filter over all pages: one COUNT query, run the first time it is asked for.</summary>
    /// <param name="cancellationToken">Cancels the count.</param>
    /// <returns>The count.</returns>
    public Task<int> TotalCountAsync(CancellationToken cancellationToken) => _total ??= _count(cancellationToken);
}
