namespace CustomerComms.GraphQL.Language;

/// <summary>An argument or input field definition: <c>name: Type = default @directives</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The name.</param>
/// <param name="Type">The type.</param>
/// <param name="DefaultValue">The constant default value, or null.</param>
/// <param name="Directives">The directives applied, in source order.</param>
public sealed record InputValueDefinitionNode(StringValueNode? Description, NameNode Name, TypeNode Type, ValueNode? DefaultValue, NodeList<DirectiveNode> Directives) : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputValueDefinition;

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

            yield return Type;

            if (DefaultValue is not null)
            {
                yield return DefaultValue;
            }

            foreach (var child in Directives)
            {
                yield return child;
            }
        }
    }
}
