namespace CustomerComms.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema" /> in code, or from SDL with <see cref="FromSdl" />. Defining a type name again
/// extends the earlier definition (like <c>extend type</c>). <see cref="Build" /> validates the schema.
/// </summary>
/// <example>
/// <code>
/// var schema = new SchemaBuilder()
///     .Query(q => q.Field("customer", "Customer", ctx => repository.Find(ctx.Argument&lt;string&gt;("id")!),
///         f => f.Argument("id", "ID!")))
///     .Object&lt;Customer&gt;("Customer", o => o.Field(c => c.Name).Field(c => c.Status))
///     .Enum&lt;CustomerStatus&gt;()
///     .Build();
/// </code>
/// </example>
public sealed partial class SchemaBuilder
{
    internal List<object> Definitions { get; } = [];

    internal Dictionary<string, object> DefinitionsByName { get; } = new(StringComparer.Ordinal);

    internal List<DirectiveBuilder> DirectiveDefinitions { get; } = [];

    internal List<string> Errors { get; } = [];

    internal string? SchemaDescription { get; private set; }

    internal string? QueryTypeName { get; set; }

    internal string? MutationTypeName { get; set; }

    internal string? SubscriptionTypeName { get; set; }

    /// <summary>Sets the schema description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Description(string description)
    {
        SchemaDescription = description;
        return this;
    }

    /// <summary>Defines (or extends) the query root type <c>Query</c>.</summary>
    /// <param name="configure">Adds the root fields.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Query(Action<ObjectTypeBuilder<object>> configure)
    {
        QueryTypeName ??= "Query";
        return Object(QueryTypeName, configure);
    }

    /// <summary>Defines (or extends) the mutation root type <c>Mutation</c>.</summary>
    /// <param name="configure">Adds the root fields.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Mutation(Action<ObjectTypeBuilder<object>> configure)
    {
        MutationTypeName ??= "Mutation";
        return Object(MutationTypeName, configure);
    }

    /// <summary>Defines (or extends) the subscription root type <c>Subscription</c>.</summary>
    /// <param name="configure">Adds the root fields.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Subscription(Action<ObjectTypeBuilder<object>> configure)
    {
        SubscriptionTypeName ??= "Subscription";
        return Object(SubscriptionTypeName, configure);
    }

    /// <summary>Defines (or extends) an object type not bound to a CLR type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="configure">Adds fields, interfaces, description.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Object(string name, Action<ObjectTypeBuilder<object>> configure) => Object<object>(name, configure);

    /// <summary>
    /// Defines (or extends) an object type whose values are <typeparamref name="T" />: fields may bind its
    /// properties, values are recognised behind interfaces and unions by <c>value is T</c>, and properties of type
    /// <typeparamref name="T" /> elsewhere infer this type.
    /// </summary>
    /// <typeparam name="T">The CLR type of the values.</typeparam>
    /// <param name="name">The type name; the CLR type name when null.</param>
    /// <param name="configure">Adds fields, interfaces, description; null binds every public property.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Object<T>(string? name = null, Action<ObjectTypeBuilder<T>>? configure = null)
    {
        var definition = Define(name ?? typeof(T).Name, typeName => new ComplexTypeDefinition(typeName, false));
        if (definition is null)
        {
            return this;
        }

        if (typeof(T) != typeof(object))
        {
            definition.ClrType = typeof(T);
            definition.IsTypeOf ??= (value, _) => value is T;
        }

        var builder = new ObjectTypeBuilder<T>(definition, this);
        if (configure is null)
        {
            builder.BindProperties();
        }
        else
        {
            configure(builder);
        }

        return this;
    }

    /// <summary>Defines (or extends) an interface type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="configure">Adds fields, interfaces, description.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Interface(string name, Action<InterfaceTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (Define(name, typeName => new ComplexTypeDefinition(typeName, true)) is { } definition)
        {
            configure(new InterfaceTypeBuilder(definition));
        }

        return this;
    }

    /// <summary>Defines (or extends) a union type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="configure">Adds member types, description.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Union(string name, Action<UnionTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (Define(name, typeName => new UnionTypeBuilder(typeName)) is { } builder)
        {
            configure(builder);
        }

        return this;
    }

    /// <summary>Defines an enum from a CLR enum: members become SCREAMING_CASE values (<c>InProgress</c> → <c>IN_PROGRESS</c>), <see cref="System.ComponentModel.DescriptionAttribute" /> gives descriptions, <see cref="ObsoleteAttribute" /> deprecation.</summary>
    /// <typeparam name="TEnum">The CLR enum.</typeparam>
    /// <param name="name">The type name; the CLR type name when null.</param>
    /// <param name="configure">Adjusts values and description.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Enum<TEnum>(string? name = null, Action<EnumTypeBuilder>? configure = null)
        where TEnum : struct, Enum
    {
        if (Define(name ?? typeof(TEnum).Name, typeName => new EnumTypeBuilder(typeName, typeof(TEnum))) is { } builder)
        {
            configure?.Invoke(builder);
        }

        return this;
    }

    /// <summary>Defines (or extends) an enum whose internal values are given per value (the names by default).</summary>
    /// <param name="name">The type name.</param>
    /// <param name="configure">Adds values and description.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Enum(string name, Action<EnumTypeBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (Define(name, typeName => new EnumTypeBuilder(typeName, null)) is { } builder)
        {
            configure(builder);
        }

        return this;
    }

    /// <summary>Defines (or extends) an input object coerced to a dictionary of field name to value.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="configure">Adds fields, description, <c>@oneOf</c>.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder InputObject(string name, Action<InputObjectTypeBuilder<IReadOnlyDictionary<string, object?>>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        if (Define(name, typeName => new InputObjectDefinition(typeName, null)) is { } definition)
        {
            configure(new InputObjectTypeBuilder<IReadOnlyDictionary<string, object?>>(definition));
        }

        return this;
    }

    /// <summary>Defines (or extends) an input object bound to <typeparamref name="T" />.</summary>
    /// <typeparam name="T">The CLR type the input binds to.</typeparam>
    /// <param name="name">The type name; the CLR type name when null.</param>
    /// <param name="configure">Adds fields, description, <c>@oneOf</c>; null binds every public property.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder InputObject<T>(string? name = null, Action<InputObjectTypeBuilder<T>>? configure = null)
    {
        if (Define(name ?? typeof(T).Name, typeName => new InputObjectDefinition(typeName, typeof(T))) is not { } definition)
        {
            return this;
        }

        var builder = new InputObjectTypeBuilder<T>(definition);
        if (configure is null)
        {
            builder.BindProperties();
        }
        else
        {
            configure(builder);
        }

        return this;
    }

    /// <summary>Adds a scalar type, e.g. a <see cref="CustomScalarType" />; its <see cref="ScalarType.ClrType" /> is used for type inference.</summary>
    /// <param name="scalar">The scalar.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Scalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        if (DefinitionsByName.TryGetValue(scalar.Name, out var existing))
        {
            var index = Definitions.IndexOf(existing);
            if (existing is ScalarType)
            {
                Definitions[index] = scalar;
                DefinitionsByName[scalar.Name] = scalar;
                return this;
            }

            Errors.Add($"Schema must contain uniquely named types but contains multiple types named \"{scalar.Name}\".");
            return this;
        }

        Definitions.Add(scalar);
        DefinitionsByName[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Defines a custom directive.</summary>
    /// <param name="name">The directive name, without the at sign.</param>
    /// <param name="configure">Adds locations, arguments, description, repeatable.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Directive(string name, Action<DirectiveBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new DirectiveBuilder(name);
        configure(builder);
        DirectiveDefinitions.Add(builder);
        return this;
    }

    /// <summary>Builds and validates the schema.</summary>
    /// <returns>The immutable schema.</returns>
    /// <exception cref="SchemaValidationException">Listing every problem found, each saying where it is.</exception>
    public Schema Build() => new SchemaAssembler(this).Assemble();

    private TDefinition? Define<TDefinition>(string name, Func<string, TDefinition> create)
        where TDefinition : class
    {
        ArgumentNullException.ThrowIfNull(name);
        if (DefinitionsByName.TryGetValue(name, out var existing))
        {
            if (existing is TDefinition same && (same is not ComplexTypeDefinition complex || complex.IsInterface == (create(name) as ComplexTypeDefinition)!.IsInterface))
            {
                return same;
            }

            Errors.Add($"Schema must contain uniquely named types but contains multiple types named \"{name}\".");
            return null;
        }

        var definition = create(name);
        Definitions.Add(definition);
        DefinitionsByName[name] = definition;
        return definition;
    }
}
