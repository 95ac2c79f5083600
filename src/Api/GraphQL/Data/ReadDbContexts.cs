using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Data;

/// <summary>
/// Opens read-only, non-tracking contexts for the resolvers of one request. A DbContext allows one operation at a
/// time, while sibling fields, list items and DataLoader batches of a query run concurrently; each read takes its
/// own context (and so its own connection, which SQLite in WAL mode reads in parallel). Mutations write through
/// the request's scoped <see cref="CustomerCommsDbContext" />. Every context opened is disposed with the request.
/// </summary>
internal sealed class ReadDbContexts(DbContextOptions<CustomerCommsDbContext> options, TimeProvider clock, AuditActor actor) : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly List<CustomerCommsDbContext> _opened = [];

    /// <summary>A new context for one query; it tracks nothing and must not be saved.</summary>
    public CustomerCommsDbContext Open()
    {
        var context = new CustomerCommsDbContext(options, clock, actor);
        context.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        lock (_lock)
        {
            _opened.Add(context);
        }

        return context;
    }

    public async ValueTask DisposeAsync()
    {
        CustomerCommsDbContext[] opened;
        lock (_lock)
        {
            opened = [.. _opened];
            _opened.Clear();
        }

        foreach (var context in opened)
        {
            await context.DisposeAsync();
        }
    }
}
