namespace CustomerComms.GraphQL.Language;

/// <summary>An input object literal: <c>{ name: Value* }</c>.</summary>
/// <param name="Fields">The fields, in source order.</param>
public sealed record ObjectValueNode(NodeList<ObjectFieldNode> Fields) : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectValue;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            foreach (var child in Fields)
            {
                yield return child;
            }
        }
    }
}
