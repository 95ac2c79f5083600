using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using CustomerComms.Domain.Auditing;
using CustomerComms.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CustomerComms.Domain.Persistence;

/// <summary>
/// One tracked entity change, captured before the save (so original values are still known) and turned into
/// an <see cref="AuditEntry"/> after it (so generated keys are known).
/// </summary>
internal sealed class AuditedChange
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = false,
    };

    private readonly EntityEntry _entry;
    private readonly AuditAction _action;
    private readonly string? _before;
    private string? _after;

    private AuditedChange(EntityEntry entry, AuditAction action, string? before, string? after)
    {
        _entry = entry;
        _action = action;
        _before = before;
        _after = after;
    }

    /// <summary>Stamps versions and times on changed entities and records what each change is.</summary>
    public static IReadOnlyList<AuditedChange> Capture(ChangeTracker tracker, DateTime now)
    {
        tracker.DetectChanges();
        var changes = new List<AuditedChange>();
        foreach (var entry in tracker.Entries().ToList())
        {
            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("Audit entries are append-only: they cannot be changed or deleted.");
                }

                continue;
            }

            if (entry.Entity is not Entity entity)
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    entity.StampCreated(now);
                    changes.Add(new AuditedChange(entry, AuditAction.Insert, null, null));
                    break;
                case EntityState.Modified:
                    var modified = entry.Properties.Where(p => p.IsModified && !IsBookkeeping(p.Metadata.Name)).ToList();
                    if (modified.Count == 0)
                    {
                        continue;
                    }

                    entity.StampUpdated(now);
                    changes.Add(new AuditedChange(
                        entry,
                        AuditAction.Update,
                        Serialize(modified.ToDictionary(p => p.Metadata.Name, p => p.OriginalValue)),
                        Serialize(modified.ToDictionary(p => p.Metadata.Name, p => p.CurrentValue))));
                    break;
                case EntityState.Deleted:
                    changes.Add(new AuditedChange(entry, AuditAction.Delete, Serialize(AllValues(entry, original: true)), null));
                    break;
            }
        }

        return changes;
    }

    public AuditEntry ToAuditEntry(long sequence, string previousHash, DateTime now, string actor)
    {
        if (_action == AuditAction.Insert)
        {
            _after = Serialize(AllValues(_entry, original: false));
        }

        return AuditEntry.Create(
            sequence, previousHash, now, actor,
            _entry.Metadata.ClrType.Name, ((Entity)_entry.Entity).Id, _action, _before, _after);
    }

    private static bool IsBookkeeping(string property)
    {
        return property is nameof(Entity.Version) or nameof(Entity.UpdatedAt);
    }

    private static Dictionary<string, object?> AllValues(EntityEntry entry, bool original)
    {
        return entry.Properties
            .Where(p => !IsBookkeeping(p.Metadata.Name))
            .ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue);
    }

    private static string Serialize(Dictionary<string, object?> values)
    {
        // Binary content (a stored report) is recorded by its digest: the trail proves what was stored
        // without holding a second copy of every document.
        foreach (var name in values.Keys.ToList())
        {
            if (values[name] is byte[] bytes)
            {
                values[name] = string.Create(CultureInfo.InvariantCulture, $"sha256:{Convert.ToHexStringLower(SHA256.HashData(bytes))} ({bytes.Length} bytes)");
            }
        }

        return JsonSerializer.Serialize(values, JsonOptions);
    }
}
