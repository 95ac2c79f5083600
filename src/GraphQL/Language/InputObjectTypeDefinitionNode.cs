namespace CustomerComms.GraphQL.Language;

/// <summary>An input object type definition: <c>input Name @directives { fields }</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="Fields">The input fields.</param>
public sealed record InputObjectTypeDefinitionNode(StringValueNode? Description, NameNode Name, NodeList<DirectiveNode> Directives, NodeList<InputValueDefinitionNode> Fields) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

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

            foreach (var child in Fields)
            {
                yield return child;
            }
        }
    }
}
