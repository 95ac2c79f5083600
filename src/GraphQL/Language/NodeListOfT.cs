using System.Collections;
using System.Runtime.CompilerServices;

namespace CustomerComms.GraphQL.Language;

/// <summary>
/// An immutable list of syntax nodes with structural equality, so that records holding lists compare by content.
/// </summary>
/// <typeparam name="T">The node type.</typeparam>
[CollectionBuilder(typeof(NodeList), nameof(NodeList.Create))]
public sealed class NodeList<T> : IReadOnlyList<T>, IEquatable<NodeList<T>>
    where T : Node
{
    private readonly T[] _items;

    internal NodeList(T[] items) => _items = items;

    /// <summary>The empty list.</summary>
    public static NodeList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <summary>Returns an enumerator that does not allocate when used with <c>foreach</c>.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(_items);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <summary>Whether both lists hold equal nodes in the same order.</summary>
    /// <param name="other">The list to compare with.</param>
    /// <returns>True when the lists are equal item by item.</returns>
    public bool Equals(NodeList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return _items.AsSpan().SequenceEqual(other._items);
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NodeList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Enumerates a <see cref="NodeList{T}" /> without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[] _items;
        private int _index;

        internal Enumerator(T[] items)
        {
            _items = items;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly T Current => _items[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _items.Length;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
