namespace CustomerComms.GraphQL.Language;

/// <summary>A selection set: <c>{ Selection+ }</c>.</summary>
/// <param name="Selections">The selections, in source order.</param>
public sealed record SelectionSetNode(NodeList<SelectionNode> Selections) : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            foreach (var child in Selections)
            {
                yield return child;
            }
        }
    }
}
