namespace CustomerComms.GraphQL.Language;

/// <summary>A union extension: <c>extend union Name @directives = A | B</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="Types">The added member types.</param>
public sealed record UnionTypeExtensionNode(NameNode Name, NodeList<DirectiveNode> Directives, NodeList<NamedTypeNode> Types) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

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

            foreach (var child in Types)
            {
                yield return child;
            }
        }
    }
}
