using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>A field of an object or interface type.</summary>
public sealed class Field
{
    internal Field(string name, string? description, GraphQLType type, NamedList<Argument> arguments, FieldResolver resolver, string? deprecationReason, IReadOnlyList<DirectiveNode>? directives)
    {
        Name = name;
        Description = description;
        Type = type;
        Arguments = arguments;
        Resolver = resolver;
        DeprecationReason = deprecationReason;
        Directives = directives ?? [];
        Reader = ReferenceEquals(resolver, DefaultFieldResolver.Instance) ? new PropertyReader(name).Read : null;
    }

    /// <summary>The name.</summary>
    public string Name { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>The output type.</summary>
    public GraphQLType Type { get; }

    /// <summary>The arguments, in definition order, by name.</summary>
    public NamedList<Argument> Arguments { get; }

    /// <summary>Produces the field's value; fields defined without one read the parent's property or dictionary entry of the same name (<see cref="DefaultFieldResolver" />).</summary>
    public FieldResolver Resolver { get; }

    /// <summary>
    /// The same resolver as <see cref="Resolver" /> in a form execution calls directly, when the field has one: the
    /// default resolver and introspection fields.
    /// </summary>
    internal FieldReader? Reader { get; init; }

    /// <summary>Why the field is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>Whether the field is deprecated.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The directives applied to the definition, as written.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The field as <c>name: Type</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name + ": " + Type;
}
