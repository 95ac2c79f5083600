namespace CustomerComms.GraphQL.Language;

/// <summary>A fragment definition: <c>fragment Name on Type @directives { ... }</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The fragment name.</param>
/// <param name="TypeCondition">The type condition.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record FragmentDefinitionNode(StringValueNode? Description, NameNode Name, NamedTypeNode TypeCondition, NodeList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            if (Description is not null)
            {
                yield return Description;
            }

            yield return Name;

            yield return TypeCondition;

            foreach (var child in Directives)
            {
                yield return child;
            }

            yield return SelectionSet;
        }
    }
}
