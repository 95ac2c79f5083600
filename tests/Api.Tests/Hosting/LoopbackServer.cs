using CustomerComms.Api.Hosting;
using Microsoft.AspNetCore.Builder;

namespace CustomerComms.Api.Tests.Hosting;

/// <summary>The real API host on Kestrel, bound to a free loopback port, over a SQLite file in a temporary folder.</summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, DirectoryInfo folder, string databasePath)
    {
        _app = app;
        Folder = folder;
        DatabasePath = databasePath;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Client { get; }

    public DirectoryInfo Folder { get; }

    public string DatabasePath { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a server; by default without demo data so that tests control what is stored.</summary>
    public static async Task<LoopbackServer> StartAsync(bool seedDemoData = false, params string[] configuration)
    {
        var folder = Directory.CreateTempSubdirectory("customercomms-api-");
        var databasePath = Path.Combine(folder.FullName, "data", "customercomms.db");
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--ConnectionStrings:Default=Data Source={databasePath}",
            $"--Seed:Demo={seedDemoData}",
            "--Logging:LogLevel:Default=Warning",
            .. configuration,
        ];
        var app = ApiHost.CreateApplication(args);
        await ApiHost.PrepareDatabaseAsync(app);
        await app.StartAsync();
        return new LoopbackServer(app, folder, databasePath);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Folder.Delete(recursive: true);
    }
}
