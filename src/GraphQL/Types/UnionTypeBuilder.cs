using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Configures a union type.</summary>
public sealed class UnionTypeBuilder
{
    internal UnionTypeBuilder(string name) => Name = name;

    internal string Name { get; }

    internal string? DescriptionText { get; private set; }

    internal List<string> Members { get; } = [];

    internal TypeResolver? Resolver { get; private set; }

    internal List<DirectiveNode> Directives { get; } = [];

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public UnionTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds member object types.</summary>
    /// <param name="types">The object type names.</param>
    /// <returns>This builder.</returns>
    public UnionTypeBuilder Types(params string[] types)
    {
        Members.AddRange(types);
        return this;
    }

    /// <summary>Sets how to find the object type of a value; without it, each member's <c>IsTypeOf</c> is asked.</summary>
    /// <param name="resolveType">Returns the object type name.</param>
    /// <returns>This builder.</returns>
    public UnionTypeBuilder ResolveType(TypeResolver resolveType)
    {
        Resolver = resolveType;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    /// <param name="directive">The directive application.</param>
    /// <returns>This builder.</returns>
    public UnionTypeBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }
}
