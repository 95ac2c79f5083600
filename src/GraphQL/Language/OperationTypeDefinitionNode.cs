namespace CustomerComms.GraphQL.Language;

/// <summary>A root operation type: <c>query: Query</c>.</summary>
/// <param name="Operation">The operation type.</param>
/// <param name="Type">The root type.</param>
public sealed record OperationTypeDefinitionNode(OperationType Operation, NamedTypeNode Type) : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Type;
        }
    }
}
