namespace CustomerComms.GraphQL.Language;

/// <summary>A non-null type reference: <c>Type!</c>.</summary>
/// <param name="Type">The nullable type made non-null (a named or list type).</param>
public sealed record NonNullTypeNode(TypeNode Type) : TypeNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Type;
        }
    }
}
