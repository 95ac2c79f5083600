using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Persistence;

/// <summary>
/// The unit of work over every record. Saving stamps times and versions on changed entities and appends
/// their audit entries in the same transaction as the change.
/// </summary>
public sealed class CustomerCommsDbContext : DbContext
{
    private readonly TimeProvider _clock;
    private readonly AuditActor _actor;

    public CustomerCommsDbContext(DbContextOptions<CustomerCommsDbContext> options, TimeProvider clock, AuditActor actor)
        : base(options)
    {
        _clock = clock;
        _actor = actor;
    }

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>
    /// Makes the next save of <paramref name="entity"/> succeed only if the stored version is still
    /// <paramref name="expectedVersion"/> — the version the client read. A stale version fails the save with
    /// <see cref="DbUpdateConcurrencyException"/>.
    /// </summary>
    public void ExpectVersion(Entity entity, int expectedVersion)
    {
        Entry(entity).Property(e => e.Version).OriginalValue = expectedVersion;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        return SaveWithAuditAsync(acceptAllChangesOnSuccess, async: false, CancellationToken.None).GetAwaiter().GetResult();
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        return SaveWithAuditAsync(acceptAllChangesOnSuccess, async: true, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is stored and read back as UTC; enums are stored by name so the data reads on its own.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<string>().HaveMaxLength(400);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CustomerCommsDbContext).Assembly);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => typeof(Entity).IsAssignableFrom(t.ClrType)))
        {
            modelBuilder.Entity(entityType.ClrType).Property(nameof(Entity.Version)).IsConcurrencyToken();
        }
    }

    private async Task<int> SaveWithAuditAsync(bool acceptAllChangesOnSuccess, bool async, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        var changes = AuditedChange.Capture(ChangeTracker, now);

        var ownTransaction = Database.CurrentTransaction is null
            ? async ? await Database.BeginTransactionAsync(cancellationToken) : Database.BeginTransaction()
            : null;
        try
        {
            var written = async
                ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
                : base.SaveChanges(acceptAllChangesOnSuccess);

            if (changes.Count > 0)
            {
                await AppendAuditEntriesAsync(changes, now, async, cancellationToken);
            }

            if (ownTransaction is not null)
            {
                if (async)
                {
                    await ownTransaction.CommitAsync(cancellationToken);
                }
                else
                {
                    ownTransaction.Commit();
                }
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                if (async)
                {
                    await ownTransaction.DisposeAsync();
                }
                else
                {
                    ownTransaction.Dispose();
                }
            }
        }
    }

    private async Task AppendAuditEntriesAsync(IReadOnlyList<AuditedChange> changes, DateTime now, bool async, CancellationToken cancellationToken)
    {
        // The chain's head is read inside the write transaction, so concurrent writers cannot both extend it.
        var head = AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash });
        var last = async ? await head.FirstOrDefaultAsync(cancellationToken) : head.FirstOrDefault();
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditEntry.GenesisHash;

        foreach (var change in changes)
        {
            var entry = change.ToAuditEntry(++sequence, previousHash, now, _actor.Name);
            previousHash = entry.Hash;
            AuditEntries.Add(entry);
        }

        if (async)
        {
            await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        }
        else
        {
            base.SaveChanges(acceptAllChangesOnSuccess: true);
        }
    }
}
