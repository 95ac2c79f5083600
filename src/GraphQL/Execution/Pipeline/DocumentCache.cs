using System.Security.Cryptography;
using System.Text;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Parsed and validated documents by SHA-256 of the query text, least recently used dropped first once
/// <see cref="ExecutionOptions.DocumentCacheSize" /> entries are held. Documents that failed to parse are not kept.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, Entry Entry)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, Entry Entry)> _recency = new();

    /// <summary>A parsed document and its validation errors (empty when valid).</summary>
    public sealed record Entry(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);

    public static string KeyOf(string query) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    public Entry? Find(string key)
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

    public void Add(string key, Entry entry)
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
