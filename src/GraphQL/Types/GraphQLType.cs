using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>
/// Any GraphQL type: a named type (<see cref="NamedType" />) or a wrapping type (<see cref="ListType" />,
/// <see cref="NonNullType" />). Types are immutable once their schema is built; named types of one schema are
/// compared by reference.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    /// <summary>The named type at the bottom of any list and non-null wrappers (graphql-js <c>getNamedType</c>).</summary>
    public abstract NamedType GetNamedType();

    /// <summary>The type without its outer non-null wrapper (graphql-js <c>getNullableType</c>).</summary>
    public GraphQLType GetNullableType() => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>Whether the type is non-null.</summary>
    public bool IsNonNull => this is NonNullType;

    /// <summary>Whether the type, once non-null is removed, is a list.</summary>
    public bool IsList => GetNullableType() is ListType;

    /// <summary>Whether the type may be used for arguments, variables and input fields: scalars, enums, input objects and wrappers of them.</summary>
    public bool IsInputType => GetNamedType() is ScalarType or EnumType or InputObjectType;

    /// <summary>Whether the type may be used for fields: everything but input objects, and wrappers of them.</summary>
    public bool IsOutputType => GetNamedType() is ScalarType or ObjectType or InterfaceType or UnionType or EnumType;

    /// <summary>Whether this is a scalar or enum type (not wrapped).</summary>
    public bool IsLeafType => this is ScalarType or EnumType;

    /// <summary>Whether this is an interface or union type (not wrapped).</summary>
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>Whether this is an object, interface or union type (not wrapped): a type with a selection set.</summary>
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    /// <summary>Whether both types are the same: the same named type under the same wrappers (graphql-js <c>isEqualType</c>).</summary>
    /// <param name="other">The type to compare with.</param>
    /// <returns>True when the types are equal.</returns>
    public bool IsEqualTo(GraphQLType other) => (this, other) switch
    {
        (NonNullType a, NonNullType b) => a.OfType.IsEqualTo(b.OfType),
        (ListType a, ListType b) => a.OfType.IsEqualTo(b.OfType),
        _ => ReferenceEquals(this, other),
    };

    /// <summary>The type as a syntax node, e.g. for printing or for comparing with a variable's declared type.</summary>
    /// <returns>The type reference node.</returns>
    public abstract TypeNode ToTypeNode();

    /// <summary>The type reference as SDL, e.g. <c>[String!]!</c>.</summary>
    /// <returns>The type reference.</returns>
    public abstract override string ToString();
}
