namespace CustomerComms.GraphQL.Language;

/// <summary>A whole GraphQL document: <c>Document : Definition+</c>.</summary>
/// <param name="Definitions">The definitions, in source order.</param>
public sealed record DocumentNode(NodeList<DefinitionNode> Definitions) : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Document;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            foreach (var child in Definitions)
            {
                yield return child;
            }
        }
    }
}
