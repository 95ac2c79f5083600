namespace CustomerComms.GraphQL.Language;

/// <summary>A field definition: <c>name(arguments): Type @directives</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The name.</param>
/// <param name="Arguments">The argument definitions.</param>
/// <param name="Type">The field type.</param>
/// <param name="Directives">The directives applied, in source order.</param>
public sealed record FieldDefinitionNode(StringValueNode? Description, NameNode Name, NodeList<InputValueDefinitionNode> Arguments, TypeNode Type, NodeList<DirectiveNode> Directives) : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FieldDefinition;

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

            foreach (var child in Arguments)
            {
                yield return child;
            }

            yield return Type;

            foreach (var child in Directives)
            {
                yield return child;
            }
        }
    }
}
