using CustomerComms.Api.Commands;
using Microsoft.Data.Sqlite;

namespace CustomerComms.Api.Tests.Commands;

public sealed class CommandLineTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("customercomms-cli-");

    private static long MigrationCount => typeof(CustomerComms.Domain.Persistence.CustomerCommsDbContext).Assembly.GetTypes()
        .LongCount(t => t.IsDefined(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), inherit: false));

    private string DatabasePath => Path.Combine(_folder.FullName, "nested", "cli.db");

    private string Connection => $"--ConnectionStrings:Default=Data Source={DatabasePath}";

    [Fact]
    public async Task Migrate_NewDatabasePath_CreatesTheFileWithEveryMigrationApplied()
    {
        var exit = await CommandLine.RunAsync(["migrate", Connection, "--Logging:LogLevel:Default=Warning"]);

        Assert.Equal(0, exit);
        Assert.True(File.Exists(DatabasePath));
        Assert.Equal(MigrationCount, await ScalarAsync("SELECT COUNT(*) FROM __EFMigrationsHistory"));
    }

    [Fact]
    public async Task Migrate_RunTwice_LeavesTheDatabaseAsItWas()
    {
        Assert.Equal(0, await CommandLine.RunAsync(["migrate", Connection]));
        Assert.Equal(0, await CommandLine.RunAsync(["migrate", Connection]));

        Assert.Equal(MigrationCount, await ScalarAsync("SELECT COUNT(*) FROM __EFMigrationsHistory"));
    }

    [Theory]
    [InlineData("--scale", "0")]
    [InlineData("--scale", "many")]
    [InlineData("--scale", "1001")]
    [InlineData("--scale")]
    public async Task Seed_InvalidScale_FailsWithoutTouchingTheDatabase(params string[] options)
    {
        var exit = await CommandLine.RunAsync(["seed", .. options, Connection]);

        Assert.Equal(1, exit);
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task Seed_DatabaseWithRecordsAndNoReset_RefusesAndKeepsTheRecords()
    {
        Assert.Equal(0, await CommandLine.RunAsync(["migrate", Connection]));
        await ExecuteAsync("""
            INSERT INTO Customers (Code, Name, Segment, Country, IsActive, Version, CreatedAt, UpdatedAt)
            VALUES ('C-KEEP', 'Existing customer', 'Enterprise', 'DE', 1, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00');
            """);

        var exit = await CommandLine.RunAsync(["seed", Connection]);

        Assert.Equal(1, exit);
        Assert.Equal(1L, await ScalarAsync("SELECT COUNT(*) FROM Customers"));
    }

    [Fact]
    public async Task Run_UnknownVerb_ExitsWithUsageError()
    {
        Assert.Equal(2, await CommandLine.RunAsync(["frobnicate", Connection]));
        Assert.False(File.Exists(DatabasePath));
    }

    [Fact]
    public async Task Run_UnsupportedDatabaseProvider_FailsWithAClearError()
    {
        Assert.Equal(1, await CommandLine.RunAsync(["migrate", Connection, "--Database:Provider=Oracle"]));
        Assert.False(File.Exists(DatabasePath));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
