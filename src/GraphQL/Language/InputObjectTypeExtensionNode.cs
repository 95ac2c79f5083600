namespace CustomerComms.GraphQL.Language;

/// <summary>An input object extension: <c>extend input Name @directives { fields }</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="Fields">The added input fields.</param>
public sealed record InputObjectTypeExtensionNode(NameNode Name, NodeList<DirectiveNode> Directives, NodeList<InputValueDefinitionNode> Fields) : TypeExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

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

            foreach (var child in Fields)
            {
                yield return child;
            }
        }
    }
}
