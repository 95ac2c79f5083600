namespace CustomerComms.GraphQL.Language;

/// <summary>
/// Base of every node of the GraphQL syntax tree. Nodes are immutable records.
/// </summary>
/// <remarks>
/// Equality is structural and ignores <see cref="Location" />: two nodes are equal when they have the same kind
/// and equal children, wherever they appear in the source. This is what comparing arguments of two fields or
/// checking that printing and re-parsing a document round-trips needs.
/// </remarks>
public abstract record Node
{
    // Held without Nullable's flag, which with its padding made every node 8 bytes larger (a tenth of a parsed
    // document's memory): lines count from 1, so line 0 stands for "no location".
    private readonly Location _location;

    /// <summary>Where the node appears in the source, or null when parsed without locations or built in code.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The location's line is below 1.</exception>
    public Location? Location
    {
        get => _location.Line == 0 ? null : _location;
        init => _location = value is { Line: < 1 } ? throw LineOutOfRange(value.Value) : value.GetValueOrDefault();
    }

    private static ArgumentOutOfRangeException LineOutOfRange(Location location) =>
        new(nameof(Location), location, "A location's line counts from 1.");

    /// <summary>The kind of the node, as graphql-js names it.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>The direct child nodes, in source order; an empty sequence for leaves.</summary>
    public abstract IEnumerable<Node> Children { get; }

    /// <summary>Compares kind and children, ignoring <see cref="Location" />.</summary>
    /// <param name="other">The node to compare with.</param>
    /// <returns>Whether both nodes have the same structure.</returns>
    public virtual bool Equals(Node? other) => other is not null && EqualityContract == other.EqualityContract;

    /// <inheritdoc />
    public override int GetHashCode() => EqualityContract.GetHashCode();

    /// <summary>The node printed in canonical GraphQL syntax (see <see cref="Printer.Print" />).</summary>
    /// <returns>The printed node.</returns>
    public sealed override string ToString() => Printer.Print(this);
}
