using System.Reflection;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Defines HotChocolate-shaped sort inputs on a schema builder: <c>SortEnumType { ASC DESC }</c> and
/// <c>XSortInput</c> per object type, whose fields are scalars and enums (a direction) or related objects (their
/// own sort input). Lists are not sortable.
/// </summary>
internal static class SortInputTypes
{
    public const string SortEnumType = "SortEnumType";

    /// <summary>Defines <c>XSortInput</c> for <paramref name="type" /> and returns its name.</summary>
    /// <param name="only">The properties to offer, or null for every sortable property.</param>
    public static string Define(SchemaBuilder schema, Type type, IReadOnlyCollection<PropertyInfo>? only)
    {
        DefineDirection(schema);
        var name = DataMembers.TypeName(schema, type) + "SortInput";
        if (schema.DefinitionsByName.ContainsKey(name))
        {
            return name;
        }

        schema.InputObject(name, input =>
        {
            input.Description($"Orders {DataMembers.TypeName(schema, type)} values; give one field per list item, in order of precedence.");
            foreach (var property in only ?? DataFieldSelection.Sort(schema, type) ?? Sortable(type))
            {
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var fieldType = DataMembers.KindOf(propertyType) == MemberKind.Object ? Define(schema, propertyType, null) : SortEnumType;
                var field = NameConventions.ToCamelCase(property.Name);
                input.Field(field, fieldType, f => f.Description(fieldType == SortEnumType ? $"Orders by `{field}`." : $"Orders by fields of the related `{field}`."));
            }
        });
        return name;
    }

    /// <summary>Scalars and enums, and related objects that have some of their own.</summary>
    public static IEnumerable<PropertyInfo> Sortable(Type type) =>
        DataMembers.Properties(type).Where(property => DataMembers.KindOf(property.PropertyType) switch
        {
            MemberKind.List => false,
            MemberKind.Object => DataMembers.Properties(property.PropertyType).Any(inner => DataMembers.KindOf(inner.PropertyType) is not (MemberKind.Object or MemberKind.List)),
            _ => true,
        });

    private static void DefineDirection(SchemaBuilder schema)
    {
        if (!schema.DefinitionsByName.ContainsKey(SortEnumType))
        {
            schema.Enum(SortEnumType, direction => direction
                .Description("The direction of an ordering.")
                .Value("ASC", description: "Smallest first.")
                .Value("DESC", description: "Largest first."));
        }
    }
}
