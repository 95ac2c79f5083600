using System.Linq.Expressions;
using System.Reflection;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Configures an input object type, optionally bound to the CLR type <typeparamref name="T" />.</summary>
/// <typeparam name="T">The CLR type the input binds to.</typeparam>
public sealed class InputObjectTypeBuilder<T>
{
    private readonly InputObjectDefinition _definition;

    internal InputObjectTypeBuilder(InputObjectDefinition definition) => _definition = definition;

    internal InputObjectDefinition Definition => _definition;

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public InputObjectTypeBuilder<T> Description(string description)
    {
        _definition.Description = description;
        return this;
    }

    /// <summary>Adds a field with an SDL type.</summary>
    /// <param name="name">The field name.</param>
    /// <param name="type">The input type in SDL.</param>
    /// <param name="configure">Sets description, default value, deprecation.</param>
    /// <returns>This builder.</returns>
    public InputObjectTypeBuilder<T> Field(string name, string type, Action<InputValueBuilder>? configure = null)
    {
        var field = new InputValueBuilder(name, TypeReference.Parse(type), null);
        configure?.Invoke(field);
        _definition.Fields.Add(field);
        return this;
    }

    /// <summary>Adds a field bound to a CLR property, named in camelCase and typed from the property (see <see cref="ObjectTypeBuilder{T}.Field{TProperty}" />).</summary>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="property">The property.</param>
    /// <param name="configure">Sets type override, description, default value, deprecation.</param>
    /// <returns>This builder.</returns>
    public InputObjectTypeBuilder<T> Field<TProperty>(Expression<Func<T, TProperty>> property, Action<InputValueBuilder>? configure = null)
    {
        var field = BindProperty(ClrMembers.PropertyOf(property));
        configure?.Invoke(field);
        return this;
    }

    /// <summary>Adds a field for every public readable property of <typeparamref name="T" /> not already defined.</summary>
    /// <returns>This builder.</returns>
    public InputObjectTypeBuilder<T> BindProperties()
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

    /// <summary>Requires exactly one field to be given, non-null (<c>@oneOf</c>).</summary>
    /// <returns>This builder.</returns>
    public InputObjectTypeBuilder<T> OneOf()
    {
        _definition.IsOneOf = true;
        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    /// <param name="directive">The directive application.</param>
    /// <returns>This builder.</returns>
    public InputObjectTypeBuilder<T> Directive(DirectiveNode directive)
    {
        _definition.Directives.Add(directive);
        return this;
    }

    internal void Add(InputValueBuilder field) => _definition.Fields.Add(field);

    private InputValueBuilder BindProperty(PropertyInfo property)
    {
        var field = new InputValueBuilder(NameConventions.ToCamelCase(property.Name), TypeReference.FromProperty(property), property);
        _definition.Fields.Add(field);
        return field;
    }
}
