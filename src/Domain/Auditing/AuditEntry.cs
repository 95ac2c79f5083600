using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CustomerComms.Domain.Auditing;

/// <summary>
/// One append-only record of a change (ISO 9001 §7.5.3): who changed which record, when, and the values
/// before and after. <see cref="Hash"/> covers <see cref="PreviousHash"/> and this entry's own content, so
/// editing or deleting any entry breaks the chain at that point.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    /// <summary>1, 2, 3, … without gaps, in the order the entries were written.</summary>
    public long Sequence { get; private set; }

    public DateTime OccurredAt { get; private set; }

    public string Actor { get; private set; } = "";

    /// <summary>The changed entity's type name, e.g. <c>Complaint</c>.</summary>
    public string EntityType { get; private set; } = "";

    public int EntityId { get; private set; }

    public AuditAction Action { get; private set; }

    /// <summary>JSON object of the changed properties' values before the change; null for an insert.</summary>
    public string? Before { get; private set; }

    /// <summary>JSON object of the properties' values after the change.</summary>
    public string? After { get; private set; }

    /// <summary>The hash of the entry before this one; 64 zeros for the first entry.</summary>
    public string PreviousHash { get; private set; } = "";

    /// <summary>SHA-256 (hex) of <see cref="PreviousHash"/> and this entry's content.</summary>
    public string Hash { get; private set; } = "";

    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    internal static AuditEntry Create(
        long sequence, string previousHash, DateTime occurredAt, string actor,
        string entityType, int entityId, AuditAction action, string? before, string? after)
    {
        var entry = new AuditEntry
        {
            Sequence = sequence,
            PreviousHash = previousHash,
            OccurredAt = occurredAt,
            Actor = actor,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Before = before,
            After = after,
        };
        entry.Hash = entry.ComputeHash();
        return entry;
    }

    /// <summary>Recomputes the hash from the stored content; differs from <see cref="Hash"/> when the entry was altered.</summary>
    public string ComputeHash()
    {
        // Each field is length-prefixed so that moving text from one field to the next changes the hash.
        var content = new StringBuilder();
        foreach (var field in new[]
        {
            PreviousHash,
            Sequence.ToString(CultureInfo.InvariantCulture),
            OccurredAt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
            Actor,
            EntityType,
            EntityId.ToString(CultureInfo.InvariantCulture),
            Action.ToString(),
            Before ?? "\0",
            After ?? "\0",
        })
        {
            content.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.ToString())));
    }
}
