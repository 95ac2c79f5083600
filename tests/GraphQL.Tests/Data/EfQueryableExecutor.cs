using CustomerComms.GraphQL.Data;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.GraphQL.Tests.Data;

/// <summary>Runs connection queries with EF Core's asynchronous operators, as a host would.</summary>
public sealed class EfQueryableExecutor : IQueryableExecutor
{
    public Task<List<T>> ToListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => query.ToListAsync(cancellationToken);

    public Task<int> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) => query.CountAsync(cancellationToken);
}
