using CustomerComms.Domain.Persistence;
using Microsoft.Data.Sqlite;

namespace CustomerComms.Api.Hosting;

/// <summary>The database the host uses, read from <c>Database:Provider</c> and <c>ConnectionStrings:Default</c>.</summary>
internal sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Reads the settings; a relative SQLite file path is taken relative to the content root, so the database
    /// lands in the same place whatever folder the host was started from.
    /// </summary>
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider) || !Enum.IsDefined(provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is not supported; use one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        }

        var connectionString = configuration.GetConnectionString("Default");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            var builder = new SqliteConnectionStringBuilder(connectionString);
            if (!string.IsNullOrEmpty(builder.DataSource)
                && builder.DataSource != ":memory:"
                && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal)
                && !Path.IsPathRooted(builder.DataSource))
            {
                builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            }

            connectionString = builder.ToString();
        }

        return new DatabaseSettings(provider, connectionString);
    }
}
