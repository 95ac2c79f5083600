using System.Reflection;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>A type as the builder is told it: SDL text or a CLR type with its nullability, resolved when the schema is built.</summary>
internal sealed class TypeReference
{
    private TypeReference(TypeNode? node, Type? clrType, NullabilityInfo? nullability)
    {
        Node = node;
        ClrType = clrType;
        Nullability = nullability;
    }

    public TypeNode? Node { get; }

    public Type? ClrType { get; }

    public NullabilityInfo? Nullability { get; }

    public static TypeReference Parse(string type) => new(Parser.ParseType(type), null, null);

    public static TypeReference FromNode(TypeNode node) => new(node, null, null);

    public static TypeReference FromProperty(PropertyInfo property) =>
        new(null, property.PropertyType, new NullabilityInfoContext().Create(property));

    public static TypeReference FromClr(Type type, NullabilityInfo? nullability) => new(null, type, nullability);
}
