using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>An object type: a set of fields, possibly implementing interfaces.</summary>
public sealed class ObjectType : ComplexType
{
    internal ObjectType(string name, string? description, IReadOnlyList<DirectiveNode>? directives, Type? clrType, Func<object, ResolveContext, bool>? isTypeOf)
        : base(name, description, directives, clrType) => IsTypeOf = isTypeOf;

    /// <summary>
    /// Whether a value returned for an abstract field belongs to this type; used when the abstract type has no
    /// <see cref="TypeResolver" />. Types bound to a CLR type check <c>value is T</c>. May be null.
    /// </summary>
    public Func<object, ResolveContext, bool>? IsTypeOf { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;
}
