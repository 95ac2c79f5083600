namespace CustomerComms.GraphQL.Language;

/// <summary>A float literal, kept as written so that no precision is lost.</summary>
/// <param name="Value">The literal text, e.g. <c>1.5e3</c>.</param>
public sealed record FloatValueNode(string Value) : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FloatValue;

    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
