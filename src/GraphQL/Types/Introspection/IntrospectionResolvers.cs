using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types.Introspection;

/// <summary>The resolvers of the introspection types' fields, reading the schema model (graphql-js <c>introspection.js</c>).</summary>
internal static class IntrospectionResolvers
{
    private static readonly Dictionary<string, Func<ResolveContext, object?>> Resolvers = new(StringComparer.Ordinal)
    {
        ["__Schema.description"] = context => context.ParentAs<Schema>().Description,
        ["__Schema.types"] = context => AllTypes(context.ParentAs<Schema>()),
        ["__Schema.queryType"] = context => context.ParentAs<Schema>().QueryType,
        ["__Schema.mutationType"] = context => context.ParentAs<Schema>().MutationType,
        ["__Schema.subscriptionType"] = context => context.ParentAs<Schema>().SubscriptionType,
        ["__Schema.directives"] = context => context.ParentAs<Schema>().Directives,
        ["__Directive.name"] = context => context.ParentAs<Directive>().Name,
        ["__Directive.description"] = context => context.ParentAs<Directive>().Description,
        ["__Directive.isRepeatable"] = context => context.ParentAs<Directive>().IsRepeatable,
        ["__Directive.locations"] = context => context.ParentAs<Directive>().Locations.Select(Directive.LocationName).ToList(),
        ["__Directive.args"] = context => Filter(context.ParentAs<Directive>().Arguments, context),
        ["__Directive.isDeprecated"] = _ => false,
        ["__Directive.deprecationReason"] = _ => null,
        ["__Type.kind"] = context => KindName(context.ParentAs<GraphQLType>()),
        ["__Type.name"] = context => (context.Parent as NamedType)?.Name,
        ["__Type.description"] = context => (context.Parent as NamedType)?.Description,
        ["__Type.specifiedByURL"] = context => (context.Parent as ScalarType)?.SpecifiedByUrl,
        ["__Type.fields"] = context => context.Parent is ComplexType complex ? Filter(complex.Fields, context) : null,
        ["__Type.interfaces"] = context => (context.Parent as ComplexType)?.Interfaces,
        ["__Type.possibleTypes"] = context => context.Parent is InterfaceType or UnionType ? context.Schema.GetPossibleTypes((NamedType)context.Parent) : null,
        ["__Type.enumValues"] = context => context.Parent is EnumType enumType ? Filter(enumType.Values, context) : null,
        ["__Type.inputFields"] = context => context.Parent is InputObjectType input ? Filter(input.Fields, context) : null,
        ["__Type.ofType"] = context => context.Parent switch
        {
            NonNullType nonNull => nonNull.OfType,
            ListType list => list.OfType,
            _ => null,
        },
        ["__Type.isOneOf"] = context => context.Parent is InputObjectType input ? input.IsOneOf : null,
        ["__Field.name"] = context => context.ParentAs<Field>().Name,
        ["__Field.description"] = context => context.ParentAs<Field>().Description,
        ["__Field.args"] = context => Filter(context.ParentAs<Field>().Arguments, context),
        ["__Field.type"] = context => context.ParentAs<Field>().Type,
        ["__Field.isDeprecated"] = context => context.ParentAs<Field>().IsDeprecated,
        ["__Field.deprecationReason"] = context => context.ParentAs<Field>().DeprecationReason,
        ["__InputValue.name"] = context => context.ParentAs<InputValue>().Name,
        ["__InputValue.description"] = context => context.ParentAs<InputValue>().Description,
        ["__InputValue.type"] = context => context.ParentAs<InputValue>().Type,
        ["__InputValue.defaultValue"] = context => DefaultValue(context.ParentAs<InputValue>()),
        ["__InputValue.isDeprecated"] = context => context.ParentAs<InputValue>().IsDeprecated,
        ["__InputValue.deprecationReason"] = context => context.ParentAs<InputValue>().DeprecationReason,
        ["__EnumValue.name"] = context => context.ParentAs<EnumValue>().Name,
        ["__EnumValue.description"] = context => context.ParentAs<EnumValue>().Description,
        ["__EnumValue.isDeprecated"] = context => context.ParentAs<EnumValue>().IsDeprecated,
        ["__EnumValue.deprecationReason"] = context => context.ParentAs<EnumValue>().DeprecationReason,
    };

    /// <summary>The resolver of a field of an introspection type.</summary>
    public static FieldResolver For(string typeName, string fieldName)
    {
        var resolve = Resolvers[typeName + "." + fieldName];
        return context => new ValueTask<object?>(resolve(context));
    }

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

    private static List<T> Filter<T>(IEnumerable<T> members, ResolveContext context)
    {
        var includeDeprecated = context.Arguments.GetValueOrDefault("includeDeprecated") is true;
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
