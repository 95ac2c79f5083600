using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Tests.Persistence;

/// <summary>A migrated SQLite file in a temporary folder; each <see cref="NewContext"/> is a fresh unit of work.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private TestDatabase(DirectoryInfo folder, string path, ManualClock clock)
    {
        _folder = folder;
        Path = path;
        Clock = clock;
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path}";

    public ManualClock Clock { get; }

    public AuditActor Actor { get; } = new() { Name = "tester" };

    /// <summary>Creates the file and applies every migration (unless <paramref name="migrate"/> is false).</summary>
    public static async Task<TestDatabase> CreateAsync(bool migrate = true)
    {
        var folder = Directory.CreateTempSubdirectory("customercomms-domain-");
        var database = new TestDatabase(
            folder,
            System.IO.Path.Combine(folder.FullName, "test.db"),
            new ManualClock(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
        if (migrate)
        {
            await using var context = database.NewContext();
            await new DatabaseMigrator(context).MigrateAsync();
        }

        return database;
    }

    public CustomerCommsDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<CustomerCommsDbContext>();
        DomainServiceCollectionExtensions.ConfigureDatabase(options, DatabaseProvider.Sqlite, ConnectionString);
        return new CustomerCommsDbContext((DbContextOptions<CustomerCommsDbContext>)options.Options, Clock, Actor);
    }

    /// <summary>Runs SQL straight on the file, outside the application (as someone tampering with it would).</summary>
    public async Task ExecuteRawAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
