namespace CustomerComms.GraphQL.Language;

/// <summary>
/// How a node holds one of its names: either a <see cref="NameNode" />, or, for a name the parser found at a fixed
/// offset from the start of its node (a field's name, an argument's, <c>$name</c>, <c>@name</c>, <c>...Name</c>),
/// only the name's text. The <see cref="NameNode" /> of such a name is made when first asked for, with a location
/// worked out from the node's own; most names are only ever read as text, so most are never made.
/// </summary>
/// <remarks>
/// Two slots are equal when they hold the same text, as two <see cref="NameNode" />s are (equality ignores locations).
/// Making the node is safe across threads: every reader gets the same instance.
/// </remarks>
internal struct NameSlot : IEquatable<NameSlot>
{
    // A string, a NameNode, or null for an absent optional name (a field without an alias).
    private object? _value;

    public NameSlot(NameNode? node) => _value = node;

    public NameSlot(string text) => _value = text;

    /// <summary>The name's text, or null when the slot is empty.</summary>
    public readonly string? Text => _value is string text ? text : ((NameNode?)_value)?.Value;

    /// <summary>The name as a node, made on first request for a name held as text.</summary>
    /// <param name="owner">The location of the node that holds the name.</param>
    /// <param name="offset">How many characters the name starts after its node: 0 for <c>name</c>, 1 for <c>$name</c>.</param>
    /// <returns>The name, or null when the slot is empty.</returns>
    public NameNode? Node(Location? owner, int offset)
    {
        var value = _value;
        if (value is not string text)
        {
            return (NameNode?)value;
        }

        var node = new NameNode(text)
        {
            Location = owner is { } at ? new Location(at.Start + offset, at.Start + offset + text.Length, at.Line, at.Column + offset) : null,
        };
        return Interlocked.CompareExchange(ref _value, node, text) is NameNode earlier ? earlier : node;
    }

    /// <inheritdoc />
    public readonly bool Equals(NameSlot other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is NameSlot other && Equals(other);

    /// <inheritdoc />
    public override readonly int GetHashCode() => Text?.GetHashCode(StringComparison.Ordinal) ?? 0;
}
