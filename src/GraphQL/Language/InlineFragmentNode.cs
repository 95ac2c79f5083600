namespace CustomerComms.GraphQL.Language;

/// <summary>An inline fragment: <c>... on Type @directives { ... }</c>.</summary>
/// <param name="TypeCondition">The type condition, or null.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record InlineFragmentNode(NamedTypeNode? TypeCondition, NodeList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InlineFragment;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            if (TypeCondition is not null)
            {
                yield return TypeCondition;
            }

            foreach (var child in Directives)
            {
                yield return child;
            }

            yield return SelectionSet;
        }
    }
}
