namespace CustomerComms.Domain.Persistence;

/// <summary>The database engine behind the records (configuration key <c>Database:Provider</c>).</summary>
public enum DatabaseProvider
{
    /// <summary>An embedded SQLite file: the default, for one machine.</summary>
    Sqlite,
}
