namespace CustomerComms.GraphQL.Language;

/// <summary><c>true</c> or <c>false</c>.</summary>
/// <param name="Value">The value.</param>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BooleanValue;

    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
