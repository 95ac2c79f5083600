namespace CustomerComms.GraphQL.Language;

/// <summary>A schema definition: <c>schema @directives { query: Query ... }</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="OperationTypes">The root operation types.</param>
public sealed record SchemaDefinitionNode(StringValueNode? Description, NodeList<DirectiveNode> Directives, NodeList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemDefinitionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            if (Description is not null)
            {
                yield return Description;
            }

            foreach (var child in Directives)
            {
                yield return child;
            }

            foreach (var child in OperationTypes)
            {
                yield return child;
            }
        }
    }
}
