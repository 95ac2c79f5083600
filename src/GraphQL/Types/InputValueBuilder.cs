using System.Reflection;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Configures an argument or an input field.</summary>
public sealed class InputValueBuilder
{
    internal InputValueBuilder(string name, TypeReference? type, PropertyInfo? property)
    {
        Name = name;
        TypeRef = type;
        Property = property;
    }

    internal string Name { get; }

    internal TypeReference? TypeRef { get; private set; }

    internal PropertyInfo? Property { get; }

    internal string? DescriptionText { get; private set; }

    internal ValueNode? DefaultLiteralValue { get; private set; }

    internal bool HasClrDefault { get; private set; }

    internal object? ClrDefault { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<DirectiveNode> Directives { get; } = [];

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public InputValueBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets (or overrides the inferred) type.</summary>
    /// <param name="type">The input type in SDL.</param>
    /// <returns>This builder.</returns>
    public InputValueBuilder Type(string type)
    {
        TypeRef = TypeReference.Parse(type);
        return this;
    }

    /// <summary>Sets the default value from an internal value (converted to a literal when the schema is built).</summary>
    /// <param name="value">The value, e.g. <c>10</c>, an enum member, or null.</param>
    /// <returns>This builder.</returns>
    public InputValueBuilder DefaultValue(object? value)
    {
        HasClrDefault = true;
        ClrDefault = value;
        DefaultLiteralValue = null;
        return this;
    }

    /// <summary>Sets the default value as a constant literal in GraphQL syntax, e.g. <c>{ first: 10 }</c>.</summary>
    /// <param name="literal">The literal.</param>
    /// <returns>This builder.</returns>
    public InputValueBuilder DefaultLiteral(string literal) => DefaultLiteralNode(Parser.ParseConstValue(literal));

    /// <summary>Marks the value deprecated.</summary>
    /// <param name="reason">Why, and what to use instead.</param>
    /// <returns>This builder.</returns>
    public InputValueBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    /// <param name="directive">The directive application.</param>
    /// <returns>This builder.</returns>
    public InputValueBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }

    internal InputValueBuilder DefaultLiteralNode(ValueNode? literal)
    {
        DefaultLiteralValue = literal;
        HasClrDefault = false;
        ClrDefault = null;
        return this;
    }
}
