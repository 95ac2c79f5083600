using System.Reflection;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>A field of an input object type.</summary>
public sealed class InputField : InputValue
{
    internal InputField(string name, string? description, GraphQLType type, ValueNode? defaultValue, string? deprecationReason, IReadOnlyList<DirectiveNode>? directives, PropertyInfo? property)
        : base(name, description, type, defaultValue, deprecationReason, directives) => Property = property;

    /// <summary>The CLR property the field binds to when its input object has a <see cref="InputObjectType.ClrType" />, or null.</summary>
    public PropertyInfo? Property { get; }
}
