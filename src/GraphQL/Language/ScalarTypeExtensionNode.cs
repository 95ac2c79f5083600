namespace CustomerComms.GraphQL.Language;

/// <summary>A scalar extension: <c>extend scalar Name @directives</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
public sealed record ScalarTypeExtensionNode(NameNode Name, NodeList<DirectiveNode> Directives) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;

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
