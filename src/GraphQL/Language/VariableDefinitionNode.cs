namespace CustomerComms.GraphQL.Language;

/// <summary>A variable definition: <c>$name: Type = default @directives</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Variable">The variable.</param>
/// <param name="Type">The declared type.</param>
/// <param name="DefaultValue">The constant default value, or null.</param>
/// <param name="Directives">The directives applied, in source order.</param>
public sealed record VariableDefinitionNode(StringValueNode? Description, VariableNode Variable, TypeNode Type, ValueNode? DefaultValue, NodeList<DirectiveNode> Directives) : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            if (Description is not null)
            {
                yield return Description;
            }

            yield return Variable;

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
