using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using CustomerComms.Api.Hosting;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerComms.Api.Benchmarks;

/// <summary>The API host on a loopback port over an existing database, without demo seeding or the report schedule.</summary>
internal sealed class BenchmarkServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private readonly SqlCommandTally _tally;

    private BenchmarkServer(WebApplication app, string database)
    {
        _app = app;
        _client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        _tally = new SqlCommandTally(database);
    }

    public static async Task<BenchmarkServer> StartAsync(string database)
    {
        var app = ApiHost.CreateApplication(
        [
            "--urls", "http://127.0.0.1:0",
            $"--ConnectionStrings:Default=Data Source={database}",
            "--Seed:Demo=false",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await ApiHost.PrepareDatabaseAsync(app);
        await app.StartAsync();
        return new BenchmarkServer(app, database);
    }

    public async Task<int> CountCommunicationsAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CustomerCommsDbContext>().Set<Communication>().CountAsync();
    }

    public async Task<ScenarioResult> RunAsync(Scenario scenario, int warmup, int iterations)
    {
        for (var i = 0; i < warmup; i++)
        {
            await SendAsync(scenario);
        }

        var milliseconds = new List<double>(iterations);
        var commands = new List<int>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            _tally.Reset();
            var started = Stopwatch.GetTimestamp();
            await SendAsync(scenario);
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            commands.Add(_tally.Count);
        }

        return new ScenarioResult(scenario.Name, milliseconds, commands);
    }

    public async ValueTask DisposeAsync()
    {
        _tally.Dispose();
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Sends the request and reads the whole answer; a GraphQL error stops the run, since its timing would mean nothing.</summary>
    private async Task SendAsync(Scenario scenario)
    {
        using var response = await _client.PostAsJsonAsync("/graphql", new { query = scenario.Query });
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"{scenario.Name} answered errors: {errors}");
        }
    }
}
