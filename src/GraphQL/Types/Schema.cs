using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>
/// A built, validated and immutable GraphQL schema: root types, every named type by name, directives, and the
/// precomputed relations (possible types, implementations) that validation and execution look up. Build one with
/// <see cref="SchemaBuilder" />.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, NamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, IReadOnlyList<ObjectType>> _possibleTypes = [];
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = [];
    private readonly Dictionary<InterfaceType, IReadOnlyList<InterfaceType>> _interfaceImplementations = [];
    private readonly Dictionary<Type, ObjectType> _objectsByClrType = [];
    private readonly List<NamedType> _types = [];
    private readonly HashSet<string> _seeded = new(StringComparer.Ordinal);

    internal Schema(string? description, ObjectType? query, ObjectType? mutation, ObjectType? subscription, IEnumerable<NamedType> types, IEnumerable<Directive> directives)
    {
        Description = description;
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Directives = new NamedList<Directive>(directives, directive => directive.Name);

        var seeds = types.ToList();
        _seeded.UnionWith(seeds.Select(type => type.Name));
        foreach (var type in seeds)
        {
            _typeMap[type.Name] = type;
            _types.Add(type);
            CollectReferences(type);
        }

        foreach (var root in new[] { query, mutation, subscription })
        {
            if (root is not null)
            {
                Collect(root);
            }
        }

        foreach (var argument in Directives.SelectMany(directive => directive.Arguments))
        {
            Collect(argument.Type.GetNamedType());
        }

        Collect(Scalars.String);
        Collect(Scalars.Boolean);
        IndexRelations();
    }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>The query root type; null only in a schema that failed validation.</summary>
    public ObjectType? QueryType { get; }

    /// <summary>The mutation root type, or null.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The subscription root type, or null.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>Every named type, in the order graphql-js's type map has them (definition order, referenced built-in scalars where first reached).</summary>
    public IReadOnlyList<NamedType> Types => _types;

    /// <summary>The directives: the schema's own, then the built-in ones it does not redefine.</summary>
    public NamedList<Directive> Directives { get; }

    /// <summary>The root type of an operation type.</summary>
    /// <param name="operation">The operation type.</param>
    /// <returns>The root type, or null when the schema does not support the operation.</returns>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>Finds a named type, including the introspection types (<c>__Schema</c>, <c>__Type</c>, …) every schema has.</summary>
    /// <param name="name">The type name.</param>
    /// <returns>The type, or null.</returns>
    public NamedType? GetType(string name) => _typeMap.GetValueOrDefault(name) ?? Introspection.IntrospectionTypes.Find(name);

    /// <summary>Finds a directive definition.</summary>
    /// <param name="name">The directive name, without the at sign.</param>
    /// <returns>The directive, or null.</returns>
    public Directive? GetDirective(string name) => Directives.Find(name);

    /// <summary>The type a type reference of a document denotes (graphql-js <c>typeFromAST</c>).</summary>
    /// <param name="node">The type reference.</param>
    /// <returns>The type, or null when the named type is not in the schema.</returns>
    public GraphQLType? TypeFromAst(TypeNode node) => node switch
    {
        NamedTypeNode named => GetType(named.NameValue),
        ListTypeNode list => TypeFromAst(list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => throw new ArgumentException($"Unexpected type node {node.Kind}.", nameof(node)),
    };

    /// <summary>The object types a value of an abstract type can have: union members or interface implementations.</summary>
    /// <param name="abstractType">An interface or union (any other type gives an empty list).</param>
    /// <returns>The object types, in type map order.</returns>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.GetValueOrDefault(abstractType) ?? [];

    /// <summary>The interfaces that implement <paramref name="type" />.</summary>
    /// <param name="type">The interface.</param>
    /// <returns>The implementing interfaces, in type map order.</returns>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType type) =>
        _interfaceImplementations.GetValueOrDefault(type) ?? [];

    /// <summary>
    /// Whether <paramref name="maybeSubType" /> is a union member of, or implements (directly), the abstract type
    /// (graphql-js <c>schema.isSubType</c>).
    /// </summary>
    /// <param name="abstractType">An interface or union.</param>
    /// <param name="maybeSubType">An object or interface type.</param>
    /// <returns>True when it is a subtype.</returns>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var subTypes) && subTypes.Contains(maybeSubType);

    /// <summary>The object type bound to a CLR type, or to its nearest base type.</summary>
    /// <param name="clrType">The CLR type of a value.</param>
    /// <returns>The object type, or null.</returns>
    public ObjectType? FindObjectTypeByClrType(Type clrType)
    {
        for (var type = clrType; type is not null; type = type.BaseType)
        {
            if (_objectsByClrType.TryGetValue(type, out var objectType))
            {
                return objectType;
            }
        }

        return null;
    }

    /// <summary>
    /// Adds a type and, depth first, every type it references (graphql-js <c>collectReferencedTypes</c>); the
    /// defined types keep their definition order, so only types reached from them (built-in scalars) are inserted.
    /// </summary>
    private void Collect(NamedType type)
    {
        if (_seeded.Contains(type.Name) || !_typeMap.TryAdd(type.Name, type))
        {
            return;
        }

        _types.Add(type);
        CollectReferences(type);
    }

    private void CollectReferences(NamedType type)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member);
                }

                break;
            case ComplexType complex:
                foreach (var implemented in complex.Interfaces)
                {
                    Collect(implemented);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.GetNamedType());
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.GetNamedType());
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.GetNamedType());
                }

                break;
        }
    }

    private void IndexRelations()
    {
        var objects = new Dictionary<NamedType, List<ObjectType>>();
        var interfaces = new Dictionary<InterfaceType, List<InterfaceType>>();
        foreach (var type in _types)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = [.. union.Types];
                    _subTypes[union] = [.. union.Types];
                    break;
                case ObjectType obj:
                    if (obj.ClrType is not null)
                    {
                        _objectsByClrType.TryAdd(obj.ClrType, obj);
                    }

                    foreach (var implemented in obj.Interfaces)
                    {
                        AddTo(objects, implemented, obj);
                    }

                    break;
                case InterfaceType iface:
                    foreach (var implemented in iface.Interfaces)
                    {
                        AddTo(interfaces, implemented, iface);
                    }

                    break;
            }
        }

        foreach (var (iface, list) in objects)
        {
            _possibleTypes[iface] = list;
        }

        foreach (var (iface, list) in interfaces)
        {
            _interfaceImplementations[iface] = list;
        }

        foreach (var iface in _types.OfType<InterfaceType>())
        {
            _subTypes[iface] = [.. GetPossibleTypes(iface), .. GetInterfaceImplementations(iface)];
        }
    }

    private static void AddTo<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
