using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Turns what a <see cref="SchemaBuilder" /> collected into a <see cref="Schema" />, collecting every problem on the way.</summary>
internal sealed partial class SchemaAssembler(SchemaBuilder builder)
{
    private readonly List<string> _errors = [.. builder.Errors];
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _order = [];
    private readonly Dictionary<Type, NamedType> _outputByClr = [];
    private readonly Dictionary<Type, NamedType> _inputByClr = [];

    public Schema Assemble()
    {
        var complexTypes = new List<(ComplexType Type, ComplexTypeDefinition Definition)>();
        var unions = new List<(UnionType Type, UnionTypeBuilder Definition)>();
        var inputs = new List<(InputObjectType Type, InputObjectDefinition Definition)>();
        foreach (var definition in builder.Definitions)
        {
            switch (definition)
            {
                case ComplexTypeDefinition { IsInterface: true } iface:
                    complexTypes.Add((Add(new InterfaceType(iface.Name, iface.Description, iface.Directives, iface.ClrType, iface.ResolveType), iface.ClrType, false), iface));
                    break;
                case ComplexTypeDefinition obj:
                    complexTypes.Add((Add(new ObjectType(obj.Name, obj.Description, obj.Directives, obj.ClrType, obj.IsTypeOf), obj.ClrType, false), obj));
                    break;
                case UnionTypeBuilder union:
                    unions.Add((Add(new UnionType(union.Name, union.DescriptionText, union.Directives, union.Resolver), null, false), union));
                    break;
                case EnumTypeBuilder enumType:
                    Add(new EnumType(enumType.Name, enumType.DescriptionText, enumType.Directives, enumType.ClrType, enumType.Values), enumType.ClrType, true);
                    break;
                case InputObjectDefinition input:
                    inputs.Add((Add(new InputObjectType(input.Name, input.Description, input.Directives, input.ClrType, input.IsOneOf), null, false), input));
                    if (input.ClrType is not null)
                    {
                        _inputByClr.TryAdd(input.ClrType, inputs[^1].Type);
                    }

                    break;
                case ScalarType scalar:
                    Add(scalar, scalar.ClrType, true);
                    break;
            }
        }

        foreach (var (type, definition) in complexTypes)
        {
            CompleteComplex(type, definition);
        }

        foreach (var (type, definition) in unions)
        {
            type.Complete(definition.Members.Select(name => MemberOf(type, name)).OfType<ObjectType>().ToList(), definition.Members.Count);
        }

        foreach (var (type, definition) in inputs)
        {
            type.Complete(definition.Fields
                .Select(field => InputValue(field, $"{type.Name}.{field.Name}") is var (fieldType, defaultValue)
                    ? new InputField(field.Name, field.DescriptionText, fieldType, defaultValue, field.DeprecationReason, field.Directives, field.Property)
                    : null)
                .OfType<InputField>());
        }

        var schema = new Schema(
            builder.SchemaDescription,
            Root(builder.QueryTypeName, "Query", "Query root type must be Object type, it cannot be {0}."),
            Root(builder.MutationTypeName, "Mutation", "Mutation root type must be Object type if provided, it cannot be {0}."),
            Root(builder.SubscriptionTypeName, "Subscription", "Subscription root type must be Object type if provided, it cannot be {0}."),
            _order,
            Directives());
        var queryRejected = _errors.Exists(error => error.StartsWith("Query root type", StringComparison.Ordinal));
        _errors.AddRange(SchemaValidator.Validate(schema).Where(error => !(queryRejected && error == "Query root type must be provided.")));
        return _errors.Count == 0 ? schema : throw new SchemaValidationException(_errors);
    }

    private TType Add<TType>(TType type, Type? clrType, bool bothDirections)
        where TType : NamedType
    {
        _types[type.Name] = type;
        _order.Add(type);
        if (clrType is not null && clrType != typeof(object))
        {
            _outputByClr.TryAdd(clrType, type);
            if (bothDirections)
            {
                _inputByClr.TryAdd(clrType, type);
            }
        }

        return type;
    }

    private void CompleteComplex(ComplexType type, ComplexTypeDefinition definition)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var name in definition.Interfaces)
        {
            switch (Lookup(name, type.Name))
            {
                case InterfaceType iface:
                    interfaces.Add(iface);
                    break;
                case { } other:
                    _errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {other.Name}.");
                    break;
            }
        }

        var fields = new List<Field>();
        foreach (var field in definition.Fields)
        {
            var where = $"{type.Name}.{field.Name}";
            if (field.TypeRef is null)
            {
                _errors.Add($"The type of {where} is not set.");
                continue;
            }

            var fieldType = Resolve(field.TypeRef, where, false);
            var arguments = field.Arguments
                .Select(argument => InputValue(argument, $"{where}({argument.Name}:)") is var (argumentType, defaultValue)
                    ? new Argument(argument.Name, argument.DescriptionText, argumentType, defaultValue, argument.DeprecationReason, argument.Directives)
                    : null)
                .OfType<Argument>();
            if (fieldType is not null)
            {
                fields.Add(new Field(field.Name, field.DescriptionText, fieldType, new NamedList<Argument>(arguments, argument => argument.Name), field.Resolver ?? DefaultFieldResolver.Instance, field.DeprecationReason, field.Directives));
            }
        }

        type.Complete(new NamedList<Field>(fields, field => field.Name), interfaces, definition.Fields.Count);
    }

    private NamedType? MemberOf(UnionType union, string name)
    {
        var member = Lookup(name, union.Name);
        if (member is not null and not ObjectType)
        {
            _errors.Add($"Union type {union.Name} can only include Object types, it cannot include {member.Name}.");
        }

        return member;
    }

    private (GraphQLType Type, ValueNode? DefaultValue)? InputValue(InputValueBuilder value, string where)
    {
        if (value.TypeRef is null || Resolve(value.TypeRef, where, true) is not { } type)
        {
            if (value.TypeRef is null)
            {
                _errors.Add($"The type of {where} is not set.");
            }

            return null;
        }

        var defaultValue = value.DefaultLiteralValue;
        if (value.HasClrDefault)
        {
            try
            {
                defaultValue = AstFromValue.Convert(value.ClrDefault, type);
            }
            catch (GraphQLCoercionException exception)
            {
                _errors.Add($"The default value of {where} cannot be represented: {exception.Message}");
            }
        }

        return (type, defaultValue);
    }

    private ObjectType? Root(string? name, string defaultName, string notObjectMessage)
    {
        var type = name is null ? _types.GetValueOrDefault(defaultName) : Lookup(name, "the schema definition");
        if (type is null or ObjectType)
        {
            return (ObjectType?)type;
        }

        _errors.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, notObjectMessage, type.Name));
        return null;
    }

    private List<Directive> Directives()
    {
        var directives = new List<Directive>();
        foreach (var definition in builder.DirectiveDefinitions)
        {
            var arguments = definition.Arguments
                .Select(argument => InputValue(argument, $"@{definition.Name}({argument.Name}:)") is var (type, defaultValue)
                    ? new Argument(argument.Name, argument.DescriptionText, type, defaultValue, argument.DeprecationReason, argument.Directives)
                    : null)
                .OfType<Argument>();
            directives.Add(new Directive(definition.Name, definition.DescriptionText, [.. definition.LocationList], new NamedList<Argument>(arguments, argument => argument.Name), definition.IsRepeatable));
        }

        directives.AddRange(BuiltInDirectives.All.Where(builtIn => directives.TrueForAll(directive => directive.Name != builtIn.Name)));
        return directives;
    }

    private NamedType? Lookup(string name, string where)
    {
        var type = _types.GetValueOrDefault(name) ?? Scalars.Find(name);
        if (type is null)
        {
            _errors.Add($"Unknown type \"{name}\" referenced by {where}.");
        }

        return type;
    }

    private GraphQLType? Resolve(TypeReference reference, string where, bool input) =>
        reference.Node is { } node ? ResolveNode(node, where) : Infer(reference.ClrType!, reference.Nullability, input, where);

    private GraphQLType? ResolveNode(TypeNode node, string where) => node switch
    {
        NamedTypeNode named => Lookup(named.NameValue, where),
        ListTypeNode list => ResolveNode(list.Type, where) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => ResolveNode(nonNull.Type, where) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
