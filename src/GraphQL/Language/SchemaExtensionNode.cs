namespace CustomerComms.GraphQL.Language;

/// <summary>A schema extension: <c>extend schema @directives { query: Query }</c>.</summary>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="OperationTypes">The added root operation types.</param>
public sealed record SchemaExtensionNode(NodeList<DirectiveNode> Directives, NodeList<OperationTypeDefinitionNode> OperationTypes) : TypeSystemExtensionNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
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
