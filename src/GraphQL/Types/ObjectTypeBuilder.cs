using System.Linq.Expressions;
using System.Reflection;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Configures an object type, optionally bound to the CLR type <typeparamref name="T" /> of its values.</summary>
/// <typeparam name="T">The CLR type of parent values (<see cref="object" /> when unbound).</typeparam>
public sealed class ObjectTypeBuilder<T>
{
    private readonly ComplexTypeDefinition _definition;

    internal ObjectTypeBuilder(ComplexTypeDefinition definition, SchemaBuilder schema)
    {
        _definition = definition;
        Schema = schema;
    }

    /// <summary>The schema builder the type belongs to, for extensions that define further types (e.g. connections).</summary>
    internal SchemaBuilder Schema { get; }

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public ObjectTypeBuilder<T> Description(string description)
    {
        _definition.Description = description;
        return this;
    }

    /// <summary>Declares implemented interfaces.</summary>
    /// <param name="interfaces">The interface names.</param>
    /// <returns>This builder.</returns>
    public ObjectTypeBuilder<T> Implements(params string[] interfaces)
    {
        _definition.Interfaces.AddRange(interfaces);
        return this;
    }

    /// <summary>Adds a field with an SDL type and a synchronous resolver (a returned task is awaited).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">The output type in SDL, e.g. <c>String!</c>.</param>
    /// <param name="resolve">The resolver; null reads the parent's property or entry of the same name.</param>
    /// <param name="configure">Adds arguments, description, deprecation.</param>
    /// <returns>This builder.</returns>
    public ObjectTypeBuilder<T> Field(string name, string type, Func<ResolveContext, object?>? resolve = null, Action<FieldBuilder>? configure = null)
    {
        var field = _definition.FieldNamed(name, TypeReference.Parse(type));
        if (resolve is not null)
        {
            field.Resolve(resolve);
        }

        configure?.Invoke(field);
        return this;
    }

    /// <summary>Adds a field with an SDL type and a task-returning resolver.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="name">The field name.</param>
    /// <param name="type">The output type in SDL.</param>
    /// <param name="resolve">The resolver.</param>
    /// <param name="configure">Adds arguments, description, deprecation.</param>
    /// <returns>This builder.</returns>
    public ObjectTypeBuilder<T> FieldAsync<TResult>(string name, string type, Func<ResolveContext, Task<TResult>> resolve, Action<FieldBuilder>? configure = null)
    {
        var field = _definition.FieldNamed(name, TypeReference.Parse(type)).ResolveAsync(resolve);
        configure?.Invoke(field);
        return this;
    }

    /// <summary>Adds a field configured entirely by <paramref name="configure" /> (type, resolver, arguments).</summary>
    /// <param name="name">The field name.</param>
    /// <param name="configure">The configuration; must set the type.</param>
    /// <returns>This builder.</returns>
    public ObjectTypeBuilder<T> Field(string name, Action<FieldBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(_definition.FieldNamed(name, null));
        return this;
    }

    /// <summary>
    /// Adds a field bound to a CLR property: named in camelCase, typed from the property's CLR type and nullability
    /// (<c>string</c> → <c>String!</c>, <c>string?</c> → <c>String</c>, <c>int?</c> → <c>Int</c>, enums and bound
    /// classes by their registered types, collections as lists), resolved by reading the property.
    /// </summary>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="property">The property, e.g. <c>c =&gt; c.Name</c>.</param>
    /// <param name="configure">Renames are not possible; sets type override, description, arguments, resolver.</param>
    /// <returns>This builder.</returns>
    public ObjectTypeBuilder<T> Field<TProperty>(Expression<Func<T, TProperty>> property, Action<FieldBuilder>? configure = null)
    {
        var info = ClrMembers.PropertyOf(property);
        var field = BindProperty(info);
        configure?.Invoke(field);
        return this;
    }

    /// <summary>Adds a field for every public readable property of <typeparamref name="T" /> not already defined.</summary>
    /// <returns>This builder.</returns>
    public ObjectTypeBuilder<T> BindProperties()
    {
        foreach (var property in ClrMembers.ReadableProperties(typeof(T)))
        {
            var name = NameConventions.ToCamelCase(property.Name);
            if (!_definition.Fields.Exists(field => field.Name == name))
            {
                BindProperty(property);
            }
        }

        return this;
    }

    /// <summary>Sets how to recognise values of this type behind an interface or union.</summary>
    /// <param name="isTypeOf">The check.</param>
    /// <returns>This builder.</returns>
    public ObjectTypeBuilder<T> IsTypeOf(Func<object, ResolveContext, bool> isTypeOf)
    {
        _definition.IsTypeOf = isTypeOf;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    /// <param name="directive">The directive application.</param>
    /// <returns>This builder.</returns>
    public ObjectTypeBuilder<T> Directive(DirectiveNode directive)
    {
        _definition.Directives.Add(directive);
        return this;
    }

    private FieldBuilder BindProperty(PropertyInfo property)
    {
        var getter = DefaultFieldResolver.CompileGetter(property);
        return _definition.FieldNamed(NameConventions.ToCamelCase(property.Name), TypeReference.FromProperty(property))
            .Resolve(context => new ValueTask<object?>(context.Parent is null ? null : getter(context.Parent)));
    }
}
