using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace CustomerComms.GraphQL.Types;

/// <summary>
/// The resolver of fields defined without one (graphql-js <c>defaultFieldResolver</c>): the parent's dictionary
/// entry named like the field, or its public property of that name (exact, else ignoring case, so that field
/// <c>name</c> reads property <c>Name</c>). Property getters are compiled once per CLR type and name.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();

    /// <summary>The resolver as a delegate.</summary>
    public static FieldResolver Instance { get; } = context => new ValueTask<object?>(Resolve(context.Parent, context.Field.Name));

    /// <summary>Reads the member named <paramref name="name" /> of <paramref name="parent" />.</summary>
    /// <param name="parent">The parent value.</param>
    /// <param name="name">The field name.</param>
    /// <returns>The value, or null when the parent is null or has no such member.</returns>
    public static object? Resolve(object? parent, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.GetValueOrDefault(name);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var value) ? value : null;
            case IDictionary untyped:
                return untyped.Contains(name) ? untyped[name] : null;
        }

        return GetterOf(parent.GetType(), name)?.Invoke(parent);
    }

    /// <summary>
    /// The compiled getter <see cref="Resolve" /> uses for parents of <paramref name="type" />, or null when it reads
    /// them as dictionaries or they have no such member.
    /// </summary>
    internal static Func<object, object?>? PropertyGetter(Type type, string name)
    {
        if (typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(type)
            || typeof(IDictionary<string, object?>).IsAssignableFrom(type)
            || typeof(IDictionary).IsAssignableFrom(type))
        {
            return null;
        }

        return GetterOf(type, name);
    }

    /// <summary>A compiled getter of <paramref name="property" /> taking the instance as <see cref="object" />.</summary>
    internal static Func<object, object?> CompileGetter(PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var body = Expression.Convert(Expression.Property(Expression.Convert(instance, property.DeclaringType!), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, instance).Compile();
    }

    private static Func<object, object?>? GetterOf(Type type, string name) =>
        Getters.GetOrAdd((type, name), static key => FindProperty(key.Type, key.Name) is { } property ? CompileGetter(property) : null);

    private static PropertyInfo? FindProperty(Type type, string name)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(property => property.GetIndexParameters().Length == 0 && property.CanRead).ToArray();
        return properties.FirstOrDefault(property => property.Name == name)
            ?? properties.FirstOrDefault(property => string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
