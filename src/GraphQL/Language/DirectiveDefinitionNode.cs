namespace CustomerComms.GraphQL.Language;

/// <summary>A directive definition: <c>directive @name(arguments) repeatable on LOCATION | ...</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The directive name, without the at sign.</param>
/// <param name="Arguments">The argument definitions.</param>
/// <param name="Repeatable">Whether the directive is <c>repeatable</c>.</param>
/// <param name="Locations">The locations where the directive may appear.</param>
public sealed record DirectiveDefinitionNode(StringValueNode? Description, NameNode Name, NodeList<InputValueDefinitionNode> Arguments, bool Repeatable, NodeList<NameNode> Locations) : TypeSystemDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

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

            foreach (var child in Arguments)
            {
                yield return child;
            }

            foreach (var child in Locations)
            {
                yield return child;
            }
        }
    }
}
