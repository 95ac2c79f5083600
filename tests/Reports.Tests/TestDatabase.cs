using CustomerComms.Domain;
using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.DemoData;
using CustomerComms.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Reports.Tests;

/// <summary>A migrated SQLite file in a temporary folder; each <see cref="NewContext"/> is a fresh unit of work.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly DirectoryInfo _folder;

    private TestDatabase(DirectoryInfo folder)
    {
        _folder = folder;
        Path = System.IO.Path.Combine(folder.FullName, "test.db");
    }

    public string Path { get; }

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero));

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase(Directory.CreateTempSubdirectory("customercomms-reports-"));
        await using var context = database.NewContext();
        await new DatabaseMigrator(context).MigrateAsync();
        return database;
    }

    /// <summary>A database filled with the deterministic demo data (seed 9001, up to 2026-06-30).</summary>
    public static async Task<TestDatabase> WithDemoDataAsync()
    {
        var database = await CreateAsync();
        await using var context = database.NewContext();
        await new DemoDataGenerator(context, new DemoDataOptions()).GenerateAsync();
        return database;
    }

    public CustomerCommsDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<CustomerCommsDbContext>();
        DomainServiceCollectionExtensions.ConfigureDatabase(options, DatabaseProvider.Sqlite, $"Data Source={Path}");
        return new CustomerCommsDbContext((DbContextOptions<CustomerCommsDbContext>)options.Options, Clock, new AuditActor { Name = "tester" });
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A clock that stays where it is set.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
