namespace CustomerComms.GraphQL.Language;

/// <summary>An enum value definition: <c>NAME @directives</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
public sealed record EnumValueDefinitionNode(StringValueNode? Description, NameNode Name, NodeList<DirectiveNode> Directives) : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

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

            foreach (var child in Directives)
            {
                yield return child;
            }
        }
    }
}
