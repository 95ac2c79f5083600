using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Configures an interface type.</summary>
public sealed class InterfaceTypeBuilder
{
    private readonly ComplexTypeDefinition _definition;

    internal InterfaceTypeBuilder(ComplexTypeDefinition definition) => _definition = definition;

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public InterfaceTypeBuilder Description(string description)
    {
        _definition.Description = description;
        return this;
    }

    /// <summary>Declares interfaces this interface implements.</summary>
    /// <param name="interfaces">The interface names.</param>
    /// <returns>This builder.</returns>
    public InterfaceTypeBuilder Implements(params string[] interfaces)
    {
        _definition.Interfaces.AddRange(interfaces);
        return this;
    }

    /// <summary>Adds a field.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">The output type in SDL.</param>
    /// <param name="configure">Adds arguments, description, deprecation.</param>
    /// <returns>This builder.</returns>
    public InterfaceTypeBuilder Field(string name, string type, Action<FieldBuilder>? configure = null)
    {
        var field = _definition.FieldNamed(name, TypeReference.Parse(type));
        configure?.Invoke(field);
        return this;
    }

    /// <summary>Sets how to find the object type of a value; without it, each implementation's <c>IsTypeOf</c> is asked.</summary>
    /// <param name="resolveType">Returns the object type name.</param>
    /// <returns>This builder.</returns>
    public InterfaceTypeBuilder ResolveType(TypeResolver resolveType)
    {
        _definition.ResolveType = resolveType;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    /// <param name="directive">The directive application.</param>
    /// <returns>This builder.</returns>
    public InterfaceTypeBuilder Directive(DirectiveNode directive)
    {
        _definition.Directives.Add(directive);
        return this;
    }
}
