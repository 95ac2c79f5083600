namespace CustomerComms.GraphQL.Language;

/// <summary>An integer literal, kept as written so that no precision is lost.</summary>
/// <param name="Value">The literal text, e.g. <c>-12</c>.</param>
public sealed record IntValueNode(string Value) : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.IntValue;

    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
