using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>A union type: one of several object types.</summary>
public sealed class UnionType : NamedType
{
    private NamedList<ObjectType>? _types;

    internal UnionType(string name, string? description, IReadOnlyList<DirectiveNode>? directives, TypeResolver? resolveType)
        : base(name, description, directives) => ResolveType = resolveType;

    /// <summary>The member types, in definition order, by name.</summary>
    public NamedList<ObjectType> Types => _types ?? throw new InvalidOperationException($"Union {Name} is not complete yet.");

    /// <summary>Finds the object type of a value, or null to leave it to each member's <see cref="ObjectType.IsTypeOf" />.</summary>
    public TypeResolver? ResolveType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>How many members the definition lists, including any the builder rejected.</summary>
    internal int DeclaredCount { get; private set; }

    internal void Complete(IEnumerable<ObjectType> types, int declaredCount)
    {
        _types = new NamedList<ObjectType>(types, type => type.Name);
        DeclaredCount = declaredCount;
    }
}
