namespace CustomerComms.GraphQL.Language;

/// <summary>An object type extension: <c>extend type Name implements A @directives { fields }</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Interfaces">The added interfaces.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="Fields">The added fields.</param>
public sealed record ObjectTypeExtensionNode(NameNode Name, NodeList<NamedTypeNode> Interfaces, NodeList<DirectiveNode> Directives, NodeList<FieldDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Name;

            foreach (var child in Interfaces)
            {
                yield return child;
            }

            foreach (var child in Directives)
            {
                yield return child;
            }

            foreach (var child in Fields)
            {
                yield return child;
            }
        }
    }
}
