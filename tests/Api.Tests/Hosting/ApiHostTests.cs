using System.Net;
using System.Text.Json;

namespace CustomerComms.Api.Tests.Hosting;

public sealed class ApiHostTests
{
    [Fact]
    public async Task HealthLive_RunningServer_Returns200()
    {
        await using var server = await LoopbackServer.StartAsync();

        using var response = await server.Client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await StatusOf(response));
    }

    [Fact]
    public async Task HealthReady_MigratedDatabase_Returns200()
    {
        await using var server = await LoopbackServer.StartAsync();

        using var response = await server.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await StatusOf(response));
    }

    [Fact]
    public async Task HealthReady_DatabaseFolderRemoved_Returns503()
    {
        await using var server = await LoopbackServer.StartAsync(configuration: "--Logging:LogLevel:Microsoft=None");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(server.DatabasePath)!, recursive: true);

        using var response = await server.Client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await StatusOf(response));
    }

    [Fact]
    public async Task Start_ConfiguredSqliteFile_CreatesTheFileAndItsFolder()
    {
        await using var server = await LoopbackServer.StartAsync();

        Assert.True(File.Exists(server.DatabasePath), $"expected the database at {server.DatabasePath}");
    }

    private static async Task<string?> StatusOf(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("status").GetString();
    }
}
