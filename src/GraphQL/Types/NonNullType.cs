using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>A type whose values are never null: <c>OfType!</c>.</summary>
public sealed class NonNullType : GraphQLType
{
    /// <summary>Makes <paramref name="ofType" /> non-null.</summary>
    /// <param name="ofType">A named or list type; not itself non-null.</param>
    /// <exception cref="ArgumentException">When <paramref name="ofType" /> is already non-null.</exception>
    public NonNullType(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException($"Expected a nullable type but got {ofType}.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type made non-null.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <inheritdoc />
    public override TypeNode ToTypeNode() => new NonNullTypeNode(OfType.ToTypeNode());

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}
