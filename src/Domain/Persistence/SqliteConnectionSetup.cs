using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CustomerComms.Domain.Persistence;

/// <summary>
/// Makes every SQLite connection wait for a busy writer instead of failing at once. Together with the WAL
/// journal (set when the database is migrated) readers never block the writer and the writer never blocks readers.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
