using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CustomerComms.Domain;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// Registers the records' unit of work (<see cref="CustomerCommsDbContext"/>, scoped), the migrator, the audit
    /// actor of the scope and the clock (<see cref="TimeProvider.System"/> unless one is registered already).
    /// </summary>
    public static IServiceCollection AddDomain(this IServiceCollection services, DatabaseProvider provider, string connectionString)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<AuditActor>();
        services.AddScoped<DatabaseMigrator>();
        services.AddDbContext<CustomerCommsDbContext>(options => ConfigureDatabase(options, provider, connectionString));
        return services;
    }

    /// <summary>Points <paramref name="options"/> at the configured database; also used by tests and tools.</summary>
    public static DbContextOptionsBuilder ConfigureDatabase(DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return provider switch
        {
            DatabaseProvider.Sqlite => options
                .UseSqlite(connectionString)
                .AddInterceptors(new SqliteConnectionSetup()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
    }
}
