using CustomerComms.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Domain.Auditing;

/// <summary>
/// Walks the audit trail in sequence order and checks that each entry's stored hash matches its content,
/// that it links to the previous entry's hash, and that no sequence number is missing.
/// </summary>
public static class AuditChainVerifier
{
    /// <summary>Verifies the whole stored trail, reading it once in sequence order without tracking.</summary>
    public static async Task<AuditChainVerification> VerifyAsync(CustomerCommsDbContext context, CancellationToken cancellationToken = default)
    {
        var chain = new ChainWalk();
        await foreach (var entry in context.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (chain.Check(entry) is { } broken)
            {
                return broken;
            }
        }

        return chain.Intact();
    }

    /// <param name="entriesInSequence">Audit entries ordered by <see cref="AuditEntry.Sequence"/> ascending, starting at 1.</param>
    public static AuditChainVerification Verify(IEnumerable<AuditEntry> entriesInSequence)
    {
        var chain = new ChainWalk();
        foreach (var entry in entriesInSequence)
        {
            if (chain.Check(entry) is { } broken)
            {
                return broken;
            }
        }

        return chain.Intact();
    }

    private sealed class ChainWalk
    {
        private string _expectedPrevious = AuditEntry.GenesisHash;
        private long _expectedSequence = 1;
        private long _checked;

        public AuditChainVerification? Check(AuditEntry entry)
        {
            _checked++;
            if (entry.Sequence != _expectedSequence)
            {
                return Broken(_expectedSequence, entry.Sequence > _expectedSequence
                    ? $"entry {_expectedSequence} is missing (the next present is {entry.Sequence})"
                    : $"entry {entry.Sequence} appears out of order");
            }

            if (entry.PreviousHash != _expectedPrevious)
            {
                return Broken(entry.Sequence, "its previous-hash does not match the entry before it");
            }

            if (entry.ComputeHash() != entry.Hash)
            {
                return Broken(entry.Sequence, "its content does not match its hash (the entry was altered)");
            }

            _expectedPrevious = entry.Hash;
            _expectedSequence++;
            return null;
        }

        public AuditChainVerification Intact() => new(true, _checked, null, null);

        private AuditChainVerification Broken(long sequence, string problem)
        {
            return new AuditChainVerification(false, _checked, sequence, $"Audit entry {sequence}: {problem}.");
        }
    }
}
