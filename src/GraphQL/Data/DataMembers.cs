using System.Collections;
using System.Reflection;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>Classifies CLR properties and names the GraphQL types the data layer generates for them.</summary>
internal static class DataMembers
{
    private static readonly Dictionary<Type, string> ScalarNames = new()
    {
        [typeof(int)] = "Int",
        [typeof(short)] = "Int",
        [typeof(byte)] = "Int",
        [typeof(long)] = "Long",
        [typeof(double)] = "Float",
        [typeof(float)] = "Float",
        [typeof(decimal)] = "Decimal",
        [typeof(DateTime)] = "DateTime",
        [typeof(DateTimeOffset)] = "DateTime",
        [typeof(DateOnly)] = "Date",
        [typeof(Guid)] = "UUID",
    };

    /// <summary>The public readable, non-indexed properties of <paramref name="type" /> the data layer can use.</summary>
    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetIndexParameters().Length == 0 && KindOf(property.PropertyType) != MemberKind.Unsupported);

    public static MemberKind KindOf(Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (plain == typeof(string))
        {
            return MemberKind.String;
        }

        if (plain == typeof(bool))
        {
            return MemberKind.Boolean;
        }

        if (plain.IsEnum)
        {
            return MemberKind.Enum;
        }

        if (ScalarNames.ContainsKey(plain))
        {
            return MemberKind.Comparable;
        }

        if (ElementType(plain) is { } element)
        {
            return KindOf(element) == MemberKind.Object ? MemberKind.List : MemberKind.Unsupported;
        }

        return plain.IsClass && !typeof(IEnumerable).IsAssignableFrom(plain) && plain != typeof(object) ? MemberKind.Object : MemberKind.Unsupported;
    }

    public static Type? ElementType(Type type)
    {
        if (type == typeof(string) || typeof(IDictionary).IsAssignableFrom(type))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    /// <summary>The GraphQL scalar of a comparable CLR type, e.g. <c>DateTime</c> for <see cref="DateTimeOffset" />.</summary>
    public static string ScalarName(Type type) => ScalarNames[Nullable.GetUnderlyingType(type) ?? type];

    /// <summary>The name of the output (or enum) type bound to <paramref name="type" /> on the builder, else the CLR name.</summary>
    public static string TypeName(SchemaBuilder schema, Type type)
    {
        foreach (var definition in schema.Definitions)
        {
            switch (definition)
            {
                case ComplexTypeDefinition { IsInterface: false } complex when complex.ClrType == type:
                    return complex.Name;
                case EnumTypeBuilder enumType when enumType.ClrType == type:
                    return enumType.Name;
            }
        }

        return type.Name;
    }

    /// <summary>The GraphQL enum of a CLR enum, defined on the builder when it is not yet.</summary>
    public static string EnsureEnum(SchemaBuilder schema, Type enumType)
    {
        var name = TypeName(schema, enumType);
        if (!schema.DefinitionsByName.ContainsKey(name))
        {
            var definition = new EnumTypeBuilder(name, enumType);
            schema.Definitions.Add(definition);
            schema.DefinitionsByName[name] = definition;
        }

        return name;
    }
}
