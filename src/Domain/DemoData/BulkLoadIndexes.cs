using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.DemoData;

/// <summary>
/// Drops the non-unique indexes of the largest tables before a bulk load into an empty SQLite database and builds them
/// again afterwards (also when the load fails): one index build at the end costs far less than keeping every index
/// up to date row by row. Unique indexes stay, so the load is still checked. Other providers are left as they are.
/// </summary>
internal sealed class BulkLoadIndexes : IAsyncDisposable
{
    private readonly CustomerCommsDbContext _context;
    private readonly IReadOnlyList<string> _createStatements;

    private BulkLoadIndexes(CustomerCommsDbContext context, IReadOnlyList<string> createStatements)
    {
        _context = context;
        _createStatements = createStatements;
    }

    public static async Task<BulkLoadIndexes> SuspendAsync(CustomerCommsDbContext context, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        if (!context.Database.IsSqlite())
        {
            return new BulkLoadIndexes(context, []);
        }

        var indexes = new List<(string Name, string Sql)>();
        foreach (var table in tables)
        {
            indexes.AddRange(await context.Database
                .SqlQuery<IndexDefinition>($"SELECT name AS Name, sql AS Sql FROM sqlite_master WHERE type = 'index' AND tbl_name = {table} AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'")
                .Select(i => ValueTuple.Create(i.Name, i.Sql))
                .ToListAsync(cancellationToken));
        }

        foreach (var (name, _) in indexes)
        {
            // Index names come from sqlite_master, not from any input; quoted as an identifier.
            var drop = "DROP INDEX \"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            await context.Database.ExecuteSqlRawAsync(drop, cancellationToken);
        }

        return new BulkLoadIndexes(context, [.. indexes.Select(i => i.Sql)]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var sql in _createStatements)
        {
            await _context.Database.ExecuteSqlRawAsync(sql);
        }
    }

    private sealed record IndexDefinition(string Name, string Sql);
}
