using System.Runtime.InteropServices;
using System.Security.Cryptography;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents by SHA-256 of the query text, least recently used dropped first once
/// <see cref="ExecutionOptions.DocumentCacheSize" /> entries are held. Documents that failed to parse are not kept.
/// </summary>
/// <remarks>
/// The hash is taken over the text's UTF-16 code units as they lie in memory and kept as two 128-bit halves, so a
/// lookup allocates nothing; only the hash is held, not the text, which may be up to the document length limit.
/// </remarks>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<Key, LinkedListNode<(Key Key, Entry Entry)>> _entries = [];
    private readonly LinkedList<(Key Key, Entry Entry)> _recency = new();

    /// <summary>A parsed document and its validation errors (empty when valid).</summary>
    public sealed record Entry(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);

    /// <summary>The SHA-256 of a query text.</summary>
    public readonly record struct Key(UInt128 High, UInt128 Low);

    public static Key KeyOf(string query)
    {
        Span<UInt128> hash = stackalloc UInt128[2];
        SHA256.HashData(MemoryMarshal.AsBytes(query.AsSpan()), MemoryMarshal.AsBytes(hash));
        return new Key(hash[0], hash[1]);
    }

    public Entry? Find(Key key)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(key, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Entry;
        }
    }

    public void Add(Key key, Entry entry)
    {
        if (capacity <= 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_entries.ContainsKey(key))
            {
                return;
            }

            _entries[key] = _recency.AddFirst((key, entry));
            if (_entries.Count > capacity)
            {
                var oldest = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }
        }
    }
}
