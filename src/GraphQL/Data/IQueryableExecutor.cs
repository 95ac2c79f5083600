namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Runs the queries of connection fields. The engine does not reference EF Core; a host can supply one that calls
/// its asynchronous operators (<c>ToListAsync</c>, <c>CountAsync</c>). The default is <see cref="AsyncEnumerableQueryableExecutor" />.
/// </summary>
public interface IQueryableExecutor
{
    /// <summary>Materialises the query.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The items.</returns>
    Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);

    /// <summary>Counts the query's items.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="query">The query.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>The count.</returns>
    Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken);
}
