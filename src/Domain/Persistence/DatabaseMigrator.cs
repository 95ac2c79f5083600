using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Persistence;

/// <summary>Brings a database, new or made by an older version, up to the current schema without losing records.</summary>
public sealed class DatabaseMigrator
{
    private readonly CustomerCommsDbContext _context;

    public DatabaseMigrator(CustomerCommsDbContext context)
    {
        _context = context;
    }

    /// <summary>Creates the SQLite file's folder when needed, applies pending migrations and switches the file to WAL.</summary>
    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (_context.Database.IsSqlite())
        {
            CreateFolderOf(_context.Database.GetConnectionString());
        }

        await _context.Database.MigrateAsync(cancellationToken);

        if (_context.Database.IsSqlite())
        {
            await _context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }
    }

    /// <summary>The migrations the database has not had yet.</summary>
    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken = default)
    {
        return (await _context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
    }

    private static void CreateFolderOf(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
