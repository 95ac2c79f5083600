namespace CustomerComms.GraphQL.Language;

/// <summary>A union type definition: <c>union Name @directives = A | B</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="Types">The member types.</param>
public sealed record UnionTypeDefinitionNode(StringValueNode? Description, NameNode Name, NodeList<DirectiveNode> Directives, NodeList<NamedTypeNode> Types) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

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

            foreach (var child in Types)
            {
                yield return child;
            }
        }
    }
}
