namespace CustomerComms.GraphQL.Language;

/// <summary>A reference to a named type.</summary>
/// <param name="Name">The type name.</param>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NamedType;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Name;
        }
    }
}
