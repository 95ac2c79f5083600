using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>An input object type: named input fields, coerced to a dictionary (or a bound CLR object).</summary>
public sealed class InputObjectType : NamedType
{
    private NamedList<InputField>? _fields;

    internal InputObjectType(string name, string? description, IReadOnlyList<DirectiveNode>? directives, Type? clrType, bool isOneOf)
        : base(name, description, directives)
    {
        ClrType = clrType;
        IsOneOf = isOneOf;
    }

    /// <summary>The fields, in definition order, by name.</summary>
    public NamedList<InputField> Fields => _fields ?? throw new InvalidOperationException($"Input {Name} is not complete yet.");

    /// <summary>
    /// The CLR type the builder bound the input to, or null for inputs coerced to
    /// <see cref="IReadOnlyDictionary{TKey, TValue}" /> of field name to value.
    /// </summary>
    public Type? ClrType { get; }

    /// <summary>Whether exactly one field must be given, with a non-null value (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.InputObject;

    internal void Complete(IEnumerable<InputField> fields) => _fields = new NamedList<InputField>(fields, field => field.Name);
}
