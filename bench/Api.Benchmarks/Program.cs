using System.Globalization;
using CustomerComms.Api.Benchmarks;

// Latency of GraphQL requests against the real API on loopback over a large SQLite file:
//   dotnet run -c Release --project src/Api -- seed --reset --scale 50 --ConnectionStrings:Default="Data Source=/tmp/bench.db"
//   dotnet run -c Release --project bench/Api.Benchmarks -- --database /tmp/bench.db [--iterations 300] [--filter communications]
var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync("usage: --database FILE [--iterations N] [--warmup N] [--filter TEXT]");
    return 2;
}

if (!File.Exists(options.Database))
{
    await Console.Error.WriteLineAsync($"error: {options.Database} does not exist; seed it first (see bench/README.md).");
    return 1;
}

await using var server = await BenchmarkServer.StartAsync(options.Database);
var communications = await server.CountCommunicationsAsync();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{communications:N0} communications in {options.Database}"));
Console.WriteLine();
Console.WriteLine("| Scenario | Requests | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | SQL commands per request |");
Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
foreach (var scenario in Scenario.Load(Path.Combine(AppContext.BaseDirectory, "scenarios"), options.Filter))
{
    var result = await server.RunAsync(scenario, options.Warmup, options.Iterations);
    Console.WriteLine(result.ToMarkdownRow());
}

return 0;
