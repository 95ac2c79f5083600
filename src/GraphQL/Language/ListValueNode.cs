namespace CustomerComms.GraphQL.Language;

/// <summary>A list literal: <c>[ Value* ]</c>.</summary>
/// <param name="Values">The items.</param>
public sealed record ListValueNode(NodeList<ValueNode> Values) : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListValue;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            foreach (var child in Values)
            {
                yield return child;
            }
        }
    }
}
