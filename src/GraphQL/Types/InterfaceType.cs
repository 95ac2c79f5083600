using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>An interface type: fields that implementing object and interface types must provide.</summary>
public sealed class InterfaceType : ComplexType
{
    internal InterfaceType(string name, string? description, IReadOnlyList<DirectiveNode>? directives, Type? clrType, TypeResolver? resolveType)
        : base(name, description, directives, clrType) => ResolveType = resolveType;

    /// <summary>Finds the object type of a value, or null to leave it to each possible type's <see cref="ObjectType.IsTypeOf" />.</summary>
    public TypeResolver? ResolveType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;
}
