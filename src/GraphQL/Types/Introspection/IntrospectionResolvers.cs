using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types.Introspection;

/// <summary>The resolvers of the introspection types' fields, reading the schema model (graphql-js <c>introspection.js</c>).</summary>
internal static class IntrospectionResolvers
{
    private static readonly Dictionary<string, FieldReader> Readers = new(StringComparer.Ordinal)
    {
        ["__Schema.description"] = static (_, _, parent, _) => ((Schema)parent!).Description,
        ["__Schema.types"] = static (_, _, parent, _) => AllTypes((Schema)parent!),
        ["__Schema.queryType"] = static (_, _, parent, _) => ((Schema)parent!).QueryType,
        ["__Schema.mutationType"] = static (_, _, parent, _) => ((Schema)parent!).MutationType,
        ["__Schema.subscriptionType"] = static (_, _, parent, _) => ((Schema)parent!).SubscriptionType,
        ["__Schema.directives"] = static (_, _, parent, _) => ((Schema)parent!).Directives,
        ["__Directive.name"] = static (_, _, parent, _) => ((Directive)parent!).Name,
        ["__Directive.description"] = static (_, _, parent, _) => ((Directive)parent!).Description,
        ["__Directive.isRepeatable"] = static (_, _, parent, _) => ((Directive)parent!).IsRepeatable,
        ["__Directive.locations"] = static (_, _, parent, _) => ((Directive)parent!).Locations.Select(Directive.LocationName).ToList(),
        ["__Directive.args"] = static (_, _, parent, arguments) => Filter(((Directive)parent!).Arguments, arguments),
        ["__Directive.isDeprecated"] = static (_, _, _, _) => false,
        ["__Directive.deprecationReason"] = static (_, _, _, _) => null,
        ["__Type.kind"] = static (_, _, parent, _) => KindName((GraphQLType)parent!),
        ["__Type.name"] = static (_, _, parent, _) => (parent as NamedType)?.Name,
        ["__Type.description"] = static (_, _, parent, _) => (parent as NamedType)?.Description,
        ["__Type.specifiedByURL"] = static (_, _, parent, _) => (parent as ScalarType)?.SpecifiedByUrl,
        ["__Type.fields"] = static (_, _, parent, arguments) => parent is ComplexType complex ? Filter(complex.Fields, arguments) : null,
        ["__Type.interfaces"] = static (_, _, parent, _) => (parent as ComplexType)?.Interfaces,
        ["__Type.possibleTypes"] = static (schema, _, parent, _) => parent is InterfaceType or UnionType ? schema.GetPossibleTypes((NamedType)parent) : null,
        ["__Type.enumValues"] = static (_, _, parent, arguments) => parent is EnumType enumType ? Filter(enumType.Values, arguments) : null,
        ["__Type.inputFields"] = static (_, _, parent, arguments) => parent is InputObjectType input ? Filter(input.Fields, arguments) : null,
        ["__Type.ofType"] = static (_, _, parent, _) => parent switch
        {
            NonNullType nonNull => nonNull.OfType,
            ListType list => list.OfType,
            _ => null,
        },
        ["__Type.isOneOf"] = static (_, _, parent, _) => parent is InputObjectType input ? input.IsOneOf : null,
        ["__Field.name"] = static (_, _, parent, _) => ((Field)parent!).Name,
        ["__Field.description"] = static (_, _, parent, _) => ((Field)parent!).Description,
        ["__Field.args"] = static (_, _, parent, arguments) => Filter(((Field)parent!).Arguments, arguments),
        ["__Field.type"] = static (_, _, parent, _) => ((Field)parent!).Type,
        ["__Field.isDeprecated"] = static (_, _, parent, _) => ((Field)parent!).IsDeprecated,
        ["__Field.deprecationReason"] = static (_, _, parent, _) => ((Field)parent!).DeprecationReason,
        ["__InputValue.name"] = static (_, _, parent, _) => ((InputValue)parent!).Name,
        ["__InputValue.description"] = static (_, _, parent, _) => ((InputValue)parent!).Description,
        ["__InputValue.type"] = static (_, _, parent, _) => ((InputValue)parent!).Type,
        ["__InputValue.defaultValue"] = static (_, _, parent, _) => DefaultValue((InputValue)parent!),
        ["__InputValue.isDeprecated"] = static (_, _, parent, _) => ((InputValue)parent!).IsDeprecated,
        ["__InputValue.deprecationReason"] = static (_, _, parent, _) => ((InputValue)parent!).DeprecationReason,
        ["__EnumValue.name"] = static (_, _, parent, _) => ((EnumValue)parent!).Name,
        ["__EnumValue.description"] = static (_, _, parent, _) => ((EnumValue)parent!).Description,
        ["__EnumValue.isDeprecated"] = static (_, _, parent, _) => ((EnumValue)parent!).IsDeprecated,
        ["__EnumValue.deprecationReason"] = static (_, _, parent, _) => ((EnumValue)parent!).DeprecationReason,
    };

    /// <summary>The reader of a field of an introspection type.</summary>
    public static FieldReader ReaderFor(string typeName, string fieldName) => Readers[typeName + "." + fieldName];

    /// <summary>A resolver calling <paramref name="read" />, for callers of <see cref="Field.Resolver" />.</summary>
    public static FieldResolver ResolverOf(FieldReader read) =>
        context => new ValueTask<object?>(read(context.Schema, context.ParentType, context.Parent, context.Arguments));

    /// <summary>The schema's types followed by the introspection types, as graphql-js's type map lists them.</summary>
    private static List<NamedType> AllTypes(Schema schema)
    {
        // The schema's own types never use the reserved "__" prefix (schema validation refuses it).
        return [.. schema.Types, .. IntrospectionTypes.All];
    }

    private static string KindName(GraphQLType type) => type switch
    {
        NonNullType => "NON_NULL",
        ListType => "LIST",
        _ => NameConventions.ToScreamingCase(((NamedType)type).Kind.ToString()),
    };

    private static List<T> Filter<T>(IEnumerable<T> members, IReadOnlyDictionary<string, object?> arguments)
    {
        var includeDeprecated = arguments.GetValueOrDefault("includeDeprecated") is true;
        return [.. members.Where(member => includeDeprecated || member switch
        {
            Field field => !field.IsDeprecated,
            InputValue value => !value.IsDeprecated,
            EnumValue value => !value.IsDeprecated,
            _ => true,
        })];
    }

    /// <summary>The default as graphql-js shows it: coerced to an internal value and printed back, which normalises the literal.</summary>
    private static string? DefaultValue(InputValue value)
    {
        if (value.DefaultValue is null)
        {
            return null;
        }

        var literal = LiteralCoercion.TryCoerce(value.DefaultValue, value.Type, null, out var internalValue)
            ? AstFromValue.Convert(internalValue, value.Type) ?? value.DefaultValue
            : value.DefaultValue;
        return Printer.Print(literal);
    }
}
