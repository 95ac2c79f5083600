namespace CustomerComms.GraphQL.Language;

/// <summary>A name: an identifier such as a field, type or argument name.</summary>
/// <param name="Value">The identifier text.</param>
public sealed record NameNode(string Value) : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Name;

    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
