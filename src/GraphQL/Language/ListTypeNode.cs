namespace CustomerComms.GraphQL.Language;

/// <summary>A list type reference: <c>[Type]</c>.</summary>
/// <param name="Type">The item type.</param>
public sealed record ListTypeNode(TypeNode Type) : TypeNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListType;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Type;
        }
    }
}
