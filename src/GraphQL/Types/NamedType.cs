using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
        Description = description;
        Directives = directives ?? [];
    }

    /// <summary>The type name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The directives applied to the type definition, as written.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>What kind of type this is, as introspection's <c>__TypeKind</c> names it.</summary>
    public abstract TypeKind Kind { get; }

    /// <inheritdoc />
    public sealed override NamedType GetNamedType() => this;

    /// <inheritdoc />
    public sealed override TypeNode ToTypeNode() => new NamedTypeNode(new NameNode(Name));

    /// <inheritdoc />
    public sealed override string ToString() => Name;
}
