using CustomerComms.Domain.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CustomerComms.Api.Health;

/// <summary>Ready when the database answers and has every migration applied.</summary>
internal sealed class DatabaseHealthCheck : IHealthCheck
{
    private readonly CustomerCommsDbContext _context;
    private readonly DatabaseMigrator _migrator;

    public DatabaseHealthCheck(CustomerCommsDbContext context, DatabaseMigrator migrator)
    {
        _context = context;
        _migrator = migrator;
    }

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!await _context.Database.CanConnectAsync(cancellationToken))
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }

        var pending = await _migrator.PendingMigrationsAsync(cancellationToken);
        return pending.Count == 0
            ? HealthCheckResult.Healthy("The database is reachable and up to date.")
            : HealthCheckResult.Unhealthy($"The database lacks {pending.Count} migration(s): {string.Join(", ", pending)}.");
    }
}
