namespace CustomerComms.GraphQL.Language;

/// <summary>A field selection: <c>alias: name(arguments) @directives { ... }</c>.</summary>
/// <param name="Alias">The alias, or null.</param>
/// <param name="Name">The field name.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="SelectionSet">The sub-selections, or null for a leaf field.</param>
public sealed record FieldNode(NameNode? Alias, NameNode Name, NodeList<ArgumentNode> Arguments, NodeList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            if (Alias is not null)
            {
                yield return Alias;
            }

            yield return Name;

            foreach (var child in Arguments)
            {
                yield return child;
            }

            foreach (var child in Directives)
            {
                yield return child;
            }

            if (SelectionSet is not null)
            {
                yield return SelectionSet;
            }
        }
    }
}
