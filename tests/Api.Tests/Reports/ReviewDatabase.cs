using CustomerComms.Api.Hosting;
using CustomerComms.Domain.DemoData;
using CustomerComms.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerComms.Api.Tests.Reports;

/// <summary>A temporary SQLite file holding the demo data up to 30 June 2026, shared by the tests of one class.</summary>
public sealed class ReviewDatabase : IAsyncLifetime
{
    public DirectoryInfo Folder { get; } = Directory.CreateTempSubdirectory("customercomms-reports-");

    public string DatabasePath => Path.Combine(Folder.FullName, "reports.db");

    /// <summary>The configuration argument that points the host at this database.</summary>
    public string Connection => $"--ConnectionStrings:Default=Data Source={DatabasePath}";

    public async Task InitializeAsync()
    {
        var app = ApiHost.CreateApplication([Connection, "--Logging:LogLevel:Default=Warning"]);
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var context = scope.ServiceProvider.GetRequiredService<CustomerCommsDbContext>();
        await new DemoDataGenerator(context, new DemoDataOptions { Until = new DateOnly(2026, 6, 30) }).GenerateAsync();
    }

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string> TextAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Folder.Delete(recursive: true);
        return Task.CompletedTask;
    }
}
