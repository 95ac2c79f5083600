
namespace CustomerComms.GraphQL.Types.Introspection;

/// <summary>The fields every schema has implicitly: <c>__typename</c> on every object type, <c>__schema</c> and <c>__type(name:)</c> on the query type.</summary>
public static class IntrospectionFields
{
    /// <summary><c>__schema: __Schema!</c>.</summary>
    public static Field Schema { get; } = new(
        "__schema",
        "Access the current type schema of this server.",
        new NonNullType(IntrospectionTypes.Schema),
        new NamedList<Argument>([], argument => argument.Name),
        static context => new ValueTask<object?>(context.Schema),
        null,
        null)
    {
        Reader = static (schema, _, _, _) => schema,
    };

    /// <summary><c>__type(name: String!): __Type</c>: a type of the schema, or an introspection type, by name.</summary>
    public static Field Type { get; } = new(
        "__type",
        "Request the type information of a single type.",
        IntrospectionTypes.Type,
        new NamedList<Argument>([new Argument("name", null, new NonNullType(Scalars.String), null, null, null)], argument => argument.Name),
        static context => new ValueTask<object?>(FindType(context.Schema, context.Arguments)),
        null,
        null)
    {
        Reader = static (schema, _, _, arguments) => FindType(schema, arguments),
    };

    /// <summary><c>__typename: String!</c>: the name of the object type.</summary>
    public static Field TypeName { get; } = new(
        "__typename",
        "The name of the current Object type at runtime.",
        new NonNullType(Scalars.String),
        new NamedList<Argument>([], argument => argument.Name),
        static context => new ValueTask<object?>(context.ParentType.Name),
        null,
        null)
    {
        Reader = static (_, parentType, _, _) => parentType.Name,
    };

    private static NamedType? FindType(Schema schema, IReadOnlyDictionary<string, object?> arguments)
    {
        var name = (string?)arguments.GetValueOrDefault("name")!;
        return schema.GetType(name) ?? IntrospectionTypes.Find(name);
    }
}
