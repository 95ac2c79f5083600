namespace CustomerComms.GraphQL.Language;

/// <summary>The <c>null</c> literal.</summary>
public sealed record NullValueNode() : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NullValue;

    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
