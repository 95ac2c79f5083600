using CustomerComms.Api.Hosting;
using CustomerComms.Domain.Common;
using CustomerComms.Domain.Persistence;

namespace CustomerComms.Api.Commands;

/// <summary>
/// The executable's verbs. With no verb it serves the API; <c>migrate</c>, <c>seed</c> and <c>report</c> work on the database and exit.
/// Every other argument is configuration, as ASP.NET Core reads it (<c>--urls</c>, <c>--ConnectionStrings:Default=…</c>).
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        usage: CustomerComms.Api [verb] [options] [configuration]
          (no verb)                     migrate, load the demo data into an empty database, serve the API
          migrate                       apply pending database migrations and exit
          seed [--scale N] [--reset]    load the demo data (N times the communications; --reset empties the database first)
          schema [--out FILE|-]         write the GraphQL schema in SDL (default: schema.graphql at the repository root)
          report --from DATE --to DATE --out FILE [--format html|markdown|pdf] [--title TEXT]
                                        generate the management review of the period (dates yyyy-MM-dd, both included),
                                        store it as a record and write it to FILE; prints the record id and content hash
        configuration: --urls http://127.0.0.1:5080, --ConnectionStrings:Default="Data Source=…", --Seed:Demo=false, …
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "serve";
        var rest = verb == "serve" && (args.Length == 0 || args[0].StartsWith('-')) ? args : args[1..];
        try
        {
            switch (verb)
            {
                case "serve":
                    var server = ApiHost.CreateApplication(rest);
                    await ApiHost.PrepareDatabaseAsync(server);
                    await server.RunAsync();
                    return 0;
                case "migrate":
                    return await MigrateAsync(rest);
                case "seed":
                    var options = SeedOptions.Parse(rest, out var configuration);
                    return await SeedCommand.RunAsync(ApiHost.CreateApplication(configuration), options);
                case "report":
                    var report = ReportCommandOptions.Parse(rest, out var reportConfiguration);
                    return await ReportCommand.RunAsync(ApiHost.CreateApplication(reportConfiguration), report);
                case "schema":
                    return await SchemaCommand.RunAsync(rest);
                case "help" or "--help" or "-h":
                    Console.WriteLine(Usage);
                    return 0;
                default:
                    await Console.Error.WriteLineAsync($"Unknown verb '{verb}'.{Environment.NewLine}{Usage}");
                    return 2;
            }
        }
        catch (Exception error) when (error is CommandLineException or InvalidOperationException or DomainException)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}");
            return 1;
        }
    }

    private static async Task<int> MigrateAsync(string[] configuration)
    {
        var app = ApiHost.CreateApplication(configuration);
        await using var scope = app.Services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        var pending = await migrator.PendingMigrationsAsync();
        await migrator.MigrateAsync();
        Console.WriteLine(pending.Count == 0
            ? "The database is up to date."
            : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
        return 0;
    }
}
