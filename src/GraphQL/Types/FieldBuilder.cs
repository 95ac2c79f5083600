using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Configures one field of an object or interface type.</summary>
public sealed class FieldBuilder
{
    internal FieldBuilder(string name, TypeReference? type)
    {
        Name = name;
        TypeRef = type;
    }

    internal string Name { get; }

    internal TypeReference? TypeRef { get; private set; }

    internal string? DescriptionText { get; private set; }

    internal List<InputValueBuilder> Arguments { get; } = [];

    internal FieldResolver? Resolver { get; private set; }

    internal string? DeprecationReason { get; private set; }

    internal List<DirectiveNode> Directives { get; } = [];

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public FieldBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Sets (or overrides the inferred) type.</summary>
    /// <param name="type">The type in SDL, e.g. <c>[Customer!]!</c>.</param>
    /// <returns>This builder.</returns>
    public FieldBuilder Type(string type)
    {
        TypeRef = TypeReference.Parse(type);
        return this;
    }

    /// <summary>Adds an argument.</summary>
    /// <param name="name">The argument name.</param>
    /// <param name="type">The input type in SDL, e.g. <c>Int = 10</c> is not allowed: set defaults with <paramref name="configure" />.</param>
    /// <param name="configure">Sets description, default value, deprecation.</param>
    /// <returns>This builder.</returns>
    public FieldBuilder Argument(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var argument = new InputValueBuilder(name, TypeReference.Parse(type), null);
        configure?.Invoke(argument);
        Arguments.Add(argument);
        return this;
    }

    /// <summary>Marks the field deprecated.</summary>
    /// <param name="reason">Why, and what to use instead.</param>
    /// <returns>This builder.</returns>
    public FieldBuilder Deprecated(string reason = BuiltInDirectives.DefaultDeprecationReason)
    {
        DeprecationReason = reason;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    /// <param name="directive">The directive application.</param>
    /// <returns>This builder.</returns>
    public FieldBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }

    /// <summary>Sets an asynchronous resolver.</summary>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This builder.</returns>
    public FieldBuilder Resolve(FieldResolver resolver)
    {
        Resolver = resolver;
        return this;
    }

    /// <summary>Sets a synchronous resolver. A returned <see cref="Task" /> is awaited.</summary>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This builder.</returns>
    public FieldBuilder Resolve(Func<ResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = Resolvers.FromSync(resolver);
        return this;
    }

    /// <summary>Sets a resolver returning a task.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This builder.</returns>
    public FieldBuilder ResolveAsync<TResult>(Func<ResolveContext, Task<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Resolver = Resolvers.FromTask(resolver);
        return this;
    }
}
