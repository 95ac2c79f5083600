namespace CustomerComms.GraphQL.Language;

/// <summary>An enum extension: <c>extend enum Name @directives { VALUES }</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="Values">The added values.</param>
public sealed record EnumTypeExtensionNode(NameNode Name, NodeList<DirectiveNode> Directives, NodeList<EnumValueDefinitionNode> Values) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

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

            foreach (var child in Values)
            {
                yield return child;
            }
        }
    }
}
