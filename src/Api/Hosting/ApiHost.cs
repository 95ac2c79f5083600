using System.Text.Json;
using CustomerComms.Api.Commands;
using CustomerComms.Api.GraphQL;
using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.Health;
using CustomerComms.Api.Reports;
using CustomerComms.Domain;
using CustomerComms.Domain.Persistence;
using CustomerComms.GraphQL.Http;
using CustomerComms.Reports;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomerComms.Api.Hosting;

/// <summary>Builds the web host: services, database preparation and endpoints.</summary>
public static class ApiHost
{
    private const string ReadyTag = "ready";

    /// <summary>Builds the application from command-line arguments (configuration keys, <c>--urls</c>, …).</summary>
    public static WebApplication CreateApplication(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var database = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddDomain(database.Provider, database.ConnectionString);
        var reports = ReportSettings.From(builder.Configuration);
        builder.Services.AddReports(defaults => reports.ToOptions(defaults, builder.Environment.ContentRootPath));
        builder.Services.AddManagementReviews(reports.Schedule);
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag]);
        // Reads open a context each (ReadDbContexts), so query fields resolve concurrently; mutations run one after another.
        builder.Services.AddScoped<ReadDbContexts>();
        builder.Services.AddGraphQL(_ => ApiSchema.Build());

        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteHealthAsync });
        app.MapGraphQL("/graphql");
        app.MapReportDownloads();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteHealthAsync });
        return app;
    }

    /// <summary>Applies pending migrations and, when <c>Seed:Demo</c> is on and the database is empty, loads the demo data.</summary>
    public static async Task PrepareDatabaseAsync(WebApplication app, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        if (app.Configuration.GetValue("Seed:Demo", defaultValue: true))
        {
            await SeedCommand.SeedWhenEmptyAsync(scope.ServiceProvider, app.Logger, cancellationToken);
        }
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new { status = entry.Value.Status.ToString(), description = entry.Value.Description }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
