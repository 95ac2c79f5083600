using CustomerComms.GraphQL.Types;
using CustomerComms.GraphQL.Types.Introspection;

namespace CustomerComms.GraphQL.Validation;

/// <summary>
/// The introspection meta-fields as validation sees them: <c>__typename</c> on every composite type, and
/// <c>__schema</c> and <c>__type(name:)</c> on the query root, with their definitions so that what is selected
/// below them and their arguments are validated like any other field.
/// </summary>
internal static class MetaFields
{
    public const string TypeName = "__typename";

    /// <summary>The definition of a meta-field that may be selected on <paramref name="parentType" />, or null.</summary>
    public static Field? Find(Schema schema, NamedType parentType, string name) => name switch
    {
        TypeName when parentType.IsCompositeType => IntrospectionFields.TypeName,
        "__schema" when ReferenceEquals(parentType, schema.QueryType) => IntrospectionFields.Schema,
        "__type" when ReferenceEquals(parentType, schema.QueryType) => IntrospectionFields.Type,
        _ => null,
    };
}
