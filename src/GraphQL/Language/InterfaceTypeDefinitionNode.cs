namespace CustomerComms.GraphQL.Language;

/// <summary>An interface type definition: <c>interface Name implements A @directives { fields }</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The name.</param>
/// <param name="Interfaces">The implemented interfaces.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="Fields">The fields.</param>
public sealed record InterfaceTypeDefinitionNode(StringValueNode? Description, NameNode Name, NodeList<NamedTypeNode> Interfaces, NodeList<DirectiveNode> Directives, NodeList<FieldDefinitionNode> Fields) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

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
