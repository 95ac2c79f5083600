using System.ComponentModel;
using System.Reflection;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Configures an enum type.</summary>
public sealed class EnumTypeBuilder
{
    internal EnumTypeBuilder(string name, Type? clrType)
    {
        Name = name;
        ClrType = clrType;
        if (clrType is not null)
        {
            foreach (var member in clrType.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                Values.Add(new EnumValue(
                    NameConventions.ToScreamingCase(member.Name),
                    member.GetCustomAttribute<DescriptionAttribute>()?.Description,
                    member.GetValue(null),
                    member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete ? obsolete.Message ?? BuiltInDirectives.DefaultDeprecationReason : null,
                    null));
            }
        }
    }

    internal string Name { get; }

    internal Type? ClrType { get; }

    internal string? DescriptionText { get; private set; }

    internal List<EnumValue> Values { get; } = [];

    internal List<DirectiveNode> Directives { get; } = [];

    /// <summary>Sets the description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public EnumTypeBuilder Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Adds a value, or replaces the one of the same name (e.g. to describe a value taken from a CLR enum).</summary>
    /// <param name="name">The value name, in SCREAMING_CASE.</param>
    /// <param name="value">The internal value; the name when null and the enum is not bound to a CLR enum.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why the value is deprecated, or null.</param>
    /// <returns>This builder.</returns>
    public EnumTypeBuilder Value(string name, object? value = null, string? description = null, string? deprecationReason = null)
    {
        var index = Values.FindIndex(existing => existing.Name == name);
        var internalValue = value ?? (index >= 0 ? Values[index].Value : name);
        var enumValue = new EnumValue(name, description ?? (index >= 0 ? Values[index].Description : null), internalValue, deprecationReason ?? (index >= 0 ? Values[index].DeprecationReason : null), null);
        if (index >= 0)
        {
            Values[index] = enumValue;
        }
        else
        {
            Values.Add(enumValue);
        }

        return this;
    }

    /// <summary>Applies a directive to the definition.</summary>
    /// <param name="directive">The directive application.</param>
    /// <returns>This builder.</returns>
    public EnumTypeBuilder Directive(DirectiveNode directive)
    {
        Directives.Add(directive);
        return this;
    }

    internal void AddValue(EnumValue value) => Values.Add(value);
}
