using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CustomerComms.Domain.Tests.Persistence;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_EmptyFile_AppliesEveryMigrationAndSwitchesToWal()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        await using var context = database.NewContext();
        var all = context.Database.GetMigrations().ToList();
        Assert.NotEmpty(all);

        await new DatabaseMigrator(context).MigrateAsync();

        Assert.Equal(all, await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await new DatabaseMigrator(context).PendingMigrationsAsync());
        Assert.Equal("wal", await ScalarAsync(database, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task Migrate_FileAtThePreviousMigration_UpgradesInPlaceKeepingRecords()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        string previous;
        await using (var context = database.NewContext())
        {
            var all = context.Database.GetMigrations().ToList();
            Assert.True(all.Count >= 2, "there is a previous migration to upgrade from");
            previous = all[^2];
            await context.GetService<IMigrator>().MigrateAsync(previous);
        }

        // A record written by the older version, with the columns that version had.
        await database.ExecuteRawAsync("""
            INSERT INTO Customers (Code, Name, Segment, Country, IsActive, Version, CreatedAt, UpdatedAt)
            VALUES ('C-OLD', 'Written before the upgrade', 'Enterprise', 'DE', 1, 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00');
            """);

        await using (var context = database.NewContext())
        {
            Assert.Equal(previous, (await context.Database.GetAppliedMigrationsAsync()).Last());
            await new DatabaseMigrator(context).MigrateAsync();
        }

        await using var check = database.NewContext();
        Assert.Empty(await check.Database.GetPendingMigrationsAsync());
        var kept = await check.Set<Customer>().SingleAsync();
        Assert.Equal("Written before the upgrade", kept.Name);
        Assert.Equal(new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc), kept.CreatedAt);
    }

    [Fact]
    public async Task Model_ComparedWithTheMigrations_HasNoChangesWithoutAMigration()
    {
        await using var database = await TestDatabase.CreateAsync(migrate: false);
        await using var context = database.NewContext();

        Assert.False(
            context.Database.HasPendingModelChanges(),
            "The EF Core model differs from the last migration: run `dotnet run --project tools/Migrations -- add <Name>`.");
    }

    private static async Task<string?> ScalarAsync(TestDatabase database, string sql)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}
