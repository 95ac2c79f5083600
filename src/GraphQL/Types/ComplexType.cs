using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>A type with fields and implemented interfaces: an <see cref="ObjectType" /> or an <see cref="InterfaceType" />.</summary>
public abstract class ComplexType : NamedType
{
    private NamedList<Field>? _fields;
    private IReadOnlyList<InterfaceType>? _interfaces;

    private protected ComplexType(string name, string? description, IReadOnlyList<DirectiveNode>? directives, Type? clrType)
        : base(name, description, directives) => ClrType = clrType;

    /// <summary>The fields, in definition order, by name.</summary>
    public NamedList<Field> Fields => _fields ?? throw new InvalidOperationException($"Type {Name} is not complete yet.");

    /// <summary>The interfaces this type implements directly, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces ?? throw new InvalidOperationException($"Type {Name} is not complete yet.");

    /// <summary>The CLR type the code-first builder bound this type to, or null.</summary>
    public Type? ClrType { get; }

    /// <summary>Finds a field by name.</summary>
    /// <param name="name">The field name.</param>
    /// <returns>The field, or null.</returns>
    public Field? GetField(string name) => Fields.Find(name);

    /// <summary>Whether this type lists <paramref name="type" /> among its direct interfaces.</summary>
    /// <param name="type">The interface.</param>
    /// <returns>True when implemented directly.</returns>
    public bool Implements(InterfaceType type) => Interfaces.Contains(type);

    /// <summary>How many fields the definition lists, including any the builder rejected.</summary>
    internal int DeclaredFieldCount { get; private set; }

    internal void Complete(NamedList<Field> fields, IReadOnlyList<InterfaceType> interfaces, int declaredFieldCount)
    {
        DeclaredFieldCount = declaredFieldCount;
        _fields = fields;
        _interfaces = interfaces;
    }
}
