namespace CustomerComms.GraphQL.Language;

/// <summary>An enum type definition: <c>enum Name @directives { VALUES }</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="Values">The values.</param>
public sealed record EnumTypeDefinitionNode(StringValueNode? Description, NameNode Name, NodeList<DirectiveNode> Directives, NodeList<EnumValueDefinitionNode> Values) : TypeDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

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

            foreach (var child in Values)
            {
                yield return child;
            }
        }
    }
}
