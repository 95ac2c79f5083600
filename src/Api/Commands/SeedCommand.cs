using CustomerComms.Domain.DemoData;
using CustomerComms.Domain.Persistence;

namespace CustomerComms.Api.Commands;

/// <summary>Loads the deterministic demo data set.</summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(WebApplication app, SeedOptions options, CancellationToken cancellationToken = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var context = services.GetRequiredService<CustomerCommsDbContext>();
        if (options.Reset)
        {
            await context.Database.EnsureDeletedAsync(cancellationToken);
        }

        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        if (await DemoDataGenerator.HasDataAsync(context, cancellationToken))
        {
            await Console.Error.WriteLineAsync("error: the database already holds records; add --reset to replace them with the demo data.");
            return 1;
        }

        var summary = await GenerateAsync(services, options.Scale, cancellationToken);
        Console.WriteLine(summary.ToString());
        return 0;
    }

    /// <summary>Loads the demo data at scale 1 when the database holds no records yet.</summary>
    public static async Task SeedWhenEmptyAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        var context = services.GetRequiredService<CustomerCommsDbContext>();
        if (await DemoDataGenerator.HasDataAsync(context, cancellationToken))
        {
            return;
        }

        logger.LogInformation("The database is empty: loading the demo data.");
        var summary = await GenerateAsync(services, scale: 1, cancellationToken);
        logger.LogInformation("Demo data loaded: {Summary}", summary);
    }

    private static Task<DemoDataSummary> GenerateAsync(IServiceProvider services, int scale, CancellationToken cancellationToken)
    {
        var clock = services.GetRequiredService<TimeProvider>();
        var options = new DemoDataOptions
        {
            Scale = scale,
            Until = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime),
        };
        return new DemoDataGenerator(services.GetRequiredService<CustomerCommsDbContext>(), options).GenerateAsync(cancellationToken);
    }
}
