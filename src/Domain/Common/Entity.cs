namespace CustomerComms.Domain.Common;

/// <summary>
/// Base of every stored record: a database key, an optimistic-concurrency version that the
/// persistence layer raises on each save, and creation / last-change times in UTC.
/// </summary>
public abstract class Entity
{
    public int Id { get; private set; }

    /// <summary>Starts at 1 and grows by one with every saved change; clients send back the version they read.</summary>
    public int Version { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Called by the persistence layer when the entity is inserted.</summary>
    internal void StampCreated(DateTime utcNow)
    {
        CreatedAt = utcNow;
        UpdatedAt = utcNow;
        Version = 1;
    }

    /// <summary>Called by the persistence layer when a change to the entity is saved.</summary>
    internal void StampUpdated(DateTime utcNow)
    {
        UpdatedAt = utcNow;
        Version++;
    }
}
