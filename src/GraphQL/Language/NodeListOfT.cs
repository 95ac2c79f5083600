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
    // A list of one item, the most common length in a document (one definition, one argument, one selection),
    // keeps the item in a field of its own: one object instead of two per list.
    private readonly T[]? _items;
    private readonly T? _single;

    internal NodeList(T[] items) => _items = items;

    internal NodeList(T single) => _single = single;

    /// <summary>The empty list.</summary>
    public static NodeList<T> Empty { get; } = new([]);

    /// <inheritdoc />
    public int Count => _items is null ? 1 : _items.Length;

    /// <inheritdoc />
    public T this[int index] => AsSpan()[index];

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items is null ? new ReadOnlySpan<T>(in _single!) : _items;

    /// <summary>Returns an enumerator that does not allocate when used with <c>foreach</c>.</summary>
    /// <returns>The enumerator.</returns>
    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);

    IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

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

        return AsSpan().SequenceEqual(other.AsSpan());
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as NodeList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Enumerates a <see cref="NodeList{T}" /> without allocating.</summary>
    public struct Enumerator : IEnumerator<T>
    {
        private readonly T[]? _items;
        private readonly T? _single;
        private readonly int _count;
        private int _index;

        internal Enumerator(NodeList<T> list)
        {
            _items = list._items;
            _single = list._single;
            _count = list.Count;
            _index = -1;
        }

        /// <inheritdoc />
        public readonly T Current => _items is null ? _single! : _items[_index];

        readonly object IEnumerator.Current => Current;

        /// <inheritdoc />
        public bool MoveNext() => ++_index < _count;

        /// <inheritdoc />
        public void Reset() => _index = -1;

        /// <inheritdoc />
        public readonly void Dispose()
        {
        }
    }
}
