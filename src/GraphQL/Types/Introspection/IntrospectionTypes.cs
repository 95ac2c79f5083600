using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types.Introspection;

/// <summary>
/// The introspection types <c>__Schema</c>, <c>__Type</c>, <c>__TypeKind</c>, <c>__Field</c>, <c>__InputValue</c>,
/// <c>__EnumValue</c>, <c>__Directive</c> and <c>__DirectiveLocation</c>, built once from their SDL and shared by
/// every schema. They are not part of <see cref="Schema.Types" /> (so the SDL printer leaves them out);
/// introspection lists them after the schema's own types, as graphql-js's type map does.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly Dictionary<string, NamedType> ByName = Build();

    /// <summary>The introspection types in the order graphql-js's type map reaches them from <c>__Schema</c>.</summary>
    public static IReadOnlyList<NamedType> All { get; } = Order();

    /// <summary>The <c>__Schema</c> type.</summary>
    public static ObjectType Schema => (ObjectType)ByName["__Schema"];

    /// <summary>The <c>__Type</c> type.</summary>
    public static ObjectType Type => (ObjectType)ByName["__Type"];

    /// <summary>Finds an introspection type by name.</summary>
    /// <param name="name">The name, e.g. <c>__Field</c>.</param>
    /// <returns>The type, or null.</returns>
    public static NamedType? Find(string name) => ByName.GetValueOrDefault(name);

    private static Dictionary<string, NamedType> Build()
    {
        var document = Parser.Parse(IntrospectionSdl.Text);
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        var objects = new List<(ObjectType Type, ObjectTypeDefinitionNode Node)>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case EnumTypeDefinitionNode enumNode:
                    types[enumNode.Name.Value] = new EnumType(
                        enumNode.Name.Value,
                        enumNode.Description?.Value,
                        null,
                        null,
                        enumNode.Values.Select(value => new EnumValue(value.Name.Value, value.Description?.Value, value.Name.Value, null, null)));
                    break;
                case ObjectTypeDefinitionNode objectNode:
                    var type = new ObjectType(objectNode.Name.Value, objectNode.Description?.Value, null, null, null);
                    types[type.Name] = type;
                    objects.Add((type, objectNode));
                    break;
            }
        }

        foreach (var (type, node) in objects)
        {
            var fields = node.Fields.Select(field =>
            {
                var reader = IntrospectionResolvers.ReaderFor(type.Name, field.Name.Value);
                return new Field(
                    field.Name.Value,
                    field.Description?.Value,
                    TypeOf(field.Type, types),
                    new NamedList<Argument>(
                        field.Arguments.Select(argument => new Argument(argument.Name.Value, argument.Description?.Value, TypeOf(argument.Type, types), argument.DefaultValue, null, null)),
                        argument => argument.Name),
                    IntrospectionResolvers.ResolverOf(reader),
                    null,
                    null)
                {
                    Reader = reader,
                };
            });
            var list = new NamedList<Field>(fields, field => field.Name);
            type.Complete(list, [], list.Count);
        }

        return types;
    }

    private static GraphQLType TypeOf(TypeNode node, Dictionary<string, NamedType> types) => node switch
    {
        NonNullTypeNode nonNull => new NonNullType(TypeOf(nonNull.Type, types)),
        ListTypeNode list => new ListType(TypeOf(list.Type, types)),
        _ => ((NamedTypeNode)node).NameValue switch
        {
            "String" => Scalars.String,
            "Boolean" => Scalars.Boolean,
            var name => types[name],
        },
    };

    /// <summary>graphql-js <c>collectReferencedTypes</c> from <c>__Schema</c>, keeping only introspection types.</summary>
    private static List<NamedType> Order()
    {
        var order = new List<NamedType>();
        Visit(ByName["__Schema"]);
        return order;

        void Visit(NamedType type)
        {
            if (!type.Name.StartsWith("__", StringComparison.Ordinal) || order.Contains(type))
            {
                return;
            }

            order.Add(type);
            if (type is ObjectType objectType)
            {
                foreach (var field in objectType.Fields)
                {
                    Visit(field.Type.GetNamedType());
                    foreach (var argument in field.Arguments)
                    {
                        Visit(argument.Type.GetNamedType());
                    }
                }
            }
        }
    }
}
