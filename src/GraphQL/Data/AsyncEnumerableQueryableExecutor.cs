namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Reads queries that implement <see cref="IAsyncEnumerable{T}" /> (EF Core's do) asynchronously and others
/// synchronously; counts synchronously through <see cref="Queryable.Count{TSource}(IQueryable{TSource})" />, since
/// counting asynchronously needs the provider's own operator.
/// </summary>
public sealed class AsyncEnumerableQueryableExecutor : IQueryableExecutor
{
    /// <summary>The shared instance.</summary>
    public static AsyncEnumerableQueryableExecutor Instance { get; } = new();

    /// <inheritdoc />
    public async Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query is not IAsyncEnumerable<T> asynchronous)
        {
            return [.. query];
        }

        var items = new List<T>();
        await foreach (var item in asynchronous.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return items;
    }

    /// <inheritdoc />
    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => Task.FromResult(query.Count());
}
