namespace CustomerComms.Domain.Auditing;

/// <summary>
/// Walks the audit trail in sequence order and checks that each entry's stored hash matches its content,
/// that it links to the previous entry's hash, and that no sequence number is missing.
/// </summary>
public static class AuditChainVerifier
{
    /// <param name="entriesInSequence">Every audit entry, ordered by <see cref="AuditEntry.Sequence"/> ascending.</param>
    public static AuditChainVerification Verify(IEnumerable<AuditEntry> entriesInSequence)
    {
        var expectedPrevious = AuditEntry.GenesisHash;
        long expectedSequence = 1;
        long checkedCount = 0;
        foreach (var entry in entriesInSequence)
        {
            checkedCount++;
            if (entry.Sequence != expectedSequence)
            {
                return Broken(checkedCount, expectedSequence, entry.Sequence > expectedSequence
                    ? $"entry {expectedSequence} is missing (next present is {entry.Sequence})"
                    : $"entry {entry.Sequence} appears out of order");
            }

            if (entry.PreviousHash != expectedPrevious)
            {
                return Broken(checkedCount, entry.Sequence, "its previous-hash does not match the entry before it");
            }

            if (entry.ComputeHash() != entry.Hash)
            {
                return Broken(checkedCount, entry.Sequence, "its content does not match its hash (the entry was altered)");
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
        }

        return new AuditChainVerification(true, checkedCount, null, null);
    }

    private static AuditChainVerification Broken(long checkedCount, long sequence, string problem)
    {
        return new AuditChainVerification(false, checkedCount, sequence, $"Audit entry {sequence}: {problem}.");
    }
}
