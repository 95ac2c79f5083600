using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>A list of items of another type: <c>[OfType]</c>.</summary>
public sealed class ListType : GraphQLType
{
    /// <summary>Creates a list of <paramref name="ofType" />.</summary>
    /// <param name="ofType">The item type.</param>
    public ListType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public override TypeNode ToTypeNode() => new ListTypeNode(OfType.ToTypeNode());

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}
