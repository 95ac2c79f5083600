using CustomerComms.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Data;

/// <summary>Runs connection queries with EF Core's asynchronous operators, so no request thread blocks on the database.</summary>
internal sealed class EfQueryableExecutor : IQueryableExecutor
{
    public static EfQueryableExecutor Instance { get; } = new();

    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => query.ToListAsync(cancellationToken);

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => query.CountAsync(cancellationToken);
}
