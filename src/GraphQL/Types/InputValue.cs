using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>An argument or an input field: a named input value with a type and an optional default.</summary>
public abstract class InputValue
{
    private protected InputValue(string name, string? description, GraphQLType type, ValueNode? defaultValue, string? deprecationReason, IReadOnlyList<DirectiveNode>? directives)
    {
        Name = name;
        Description = description;
        Type = type;
        DefaultValue = defaultValue;
        DeprecationReason = deprecationReason;
        Directives = directives ?? [];
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The input type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The default value as a constant literal, or null when there is none (a <see cref="NullValueNode" /> is a default of null).</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>Whether a default value is defined.</summary>
    public bool HasDefaultValue => DefaultValue is not null;

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Whether a value must be given: non-null type and no default (graphql-js <c>isRequiredArgument</c>).</summary>
    public bool IsRequired => Type is NonNullType && DefaultValue is null;

    /// <summary>The directives applied to the definition, as written.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}
