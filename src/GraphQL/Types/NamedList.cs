using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace CustomerComms.GraphQL.Types;

/// <summary>
/// An immutable list of named members (fields, arguments, enum values, types) in definition order, with lookup by
/// name in constant time. When names repeat, lookup finds the first; schema validation reports the repetition.
/// </summary>
/// <typeparam name="T">The member type.</typeparam>
public sealed class NamedList<T> : IReadOnlyList<T>
    where T : class
{
    private readonly T[] _items;
    private readonly Dictionary<string, T> _byName;

    internal NamedList(IEnumerable<T> items, Func<T, string> nameOf)
    {
        _items = [.. items];
        _byName = new Dictionary<string, T>(_items.Length, StringComparer.Ordinal);
        foreach (var item in _items)
        {
            _byName.TryAdd(nameOf(item), item);
        }
    }

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>Finds a member by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The member, or null when there is none with that name.</returns>
    public T? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Finds a member by name.</summary>
    /// <param name="name">The name.</param>
    /// <param name="item">The member when found.</param>
    /// <returns>Whether a member has that name.</returns>
    public bool TryGet(string name, [MaybeNullWhen(false)] out T item) => _byName.TryGetValue(name, out item);

    /// <summary>Whether a member has that name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when found.</returns>
    public bool Contains(string name) => _byName.ContainsKey(name);

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
