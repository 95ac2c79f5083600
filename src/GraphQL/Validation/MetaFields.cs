using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation;

/// <summary>
/// The introspection meta-fields as validation sees them: <c>__typename</c> on every composite type, and
/// <c>__schema</c> and <c>__type</c> on the query root.
/// </summary>
/// <remarks>
/// The schema model does not hold the introspection types, so only <c>__typename</c> has a known type here
/// (<c>String!</c>); selections below <c>__schema</c> and <c>__type</c>, and their arguments, are not checked.
/// </remarks>
internal static class MetaFields
{
    public const string TypeName = "__typename";

    private static readonly GraphQLType TypeNameType = new NonNullType(Scalars.String);

    /// <summary>Whether <paramref name="name" /> is a meta-field that may be selected on <paramref name="parentType" />.</summary>
    public static bool IsMetaField(Schema schema, NamedType parentType, string name) => name switch
    {
        TypeName => parentType.IsCompositeType,
        "__schema" or "__type" => ReferenceEquals(parentType, schema.QueryType),
        _ => false,
    };

    /// <summary>The type of a meta-field, when the schema model knows it.</summary>
    public static GraphQLType? TypeOf(string name) => name == TypeName ? TypeNameType : null;
}
