namespace CustomerComms.Domain.Auditing;

/// <summary>The answer to "is the audit trail intact?" and, when it is not, where it first breaks.</summary>
/// <param name="IsIntact">True when every entry's hash matches its content and links to the one before.</param>
/// <param name="EntriesChecked">How many entries were read.</param>
/// <param name="BrokenAtSequence">The sequence number of the first entry found wrong (or expected but missing).</param>
/// <param name="Problem">What is wrong there, in plain words.</param>
public sealed record AuditChainVerification(bool IsIntact, long EntriesChecked, long? BrokenAtSequence, string? Problem);
