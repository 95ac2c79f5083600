namespace CustomerComms.GraphQL.Language;

/// <summary>A named fragment spread: <c>...Name @directives</c>.</summary>
/// <param name="Name">The fragment name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
public sealed record FragmentSpreadNode(NameNode Name, NodeList<DirectiveNode> Directives) : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Name;

            foreach (var child in Directives)
            {
                yield return child;
            }
        }
    }
}
