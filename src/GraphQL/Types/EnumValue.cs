using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>A value of an enum type: its GraphQL name and the CLR value resolvers see.</summary>
public sealed class EnumValue
{
    internal EnumValue(string name, string? description, object? value, string? deprecationReason, IReadOnlyList<DirectiveNode>? directives)
    {
        Name = name;
        Description = description;
        Value = value;
        DeprecationReason = deprecationReason;
        Directives = directives ?? [];
    }

    /// <summary>The name, e.g. <c>IN_PROGRESS</c>.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The internal value: the CLR enum member for enums bound to a CLR enum, otherwise the name.</summary>
    public object? Value { get; }

    /// <summary>Why the value is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the value is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied to the definition, as written.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
