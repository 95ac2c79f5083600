using System.Reflection;
using System.Runtime.CompilerServices;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Which properties of a CLR type its filter and sort inputs offer wherever they are defined: on its own
/// connections and nested in other types' inputs (<c>communication.customer</c>, <c>customer.contacts</c>). Without a
/// selection every supported public property is offered, which suits plain data classes but not entities with
/// computed properties the database cannot see.
/// </summary>
public static class DataFieldSelection
{
    private static readonly ConditionalWeakTable<SchemaBuilder, Selection> Selections = [];

    /// <summary>Sets the properties that <c>XFilterInput</c> of <typeparamref name="T" /> offers.</summary>
    /// <typeparam name="T">The CLR type.</typeparam>
    /// <param name="schema">The schema builder.</param>
    /// <param name="configure">Lists the properties.</param>
    /// <returns>The schema builder.</returns>
    public static SchemaBuilder FilterFields<T>(this SchemaBuilder schema, Action<FieldListBuilder<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(configure);
        var fields = new FieldListBuilder<T>();
        configure(fields);
        Selections.GetOrCreateValue(schema).Filter[typeof(T)] = fields.Properties;
        return schema;
    }

    /// <summary>Sets the properties that <c>XSortInput</c> of <typeparamref name="T" /> offers.</summary>
    /// <typeparam name="T">The CLR type.</typeparam>
    /// <param name="schema">The schema builder.</param>
    /// <param name="configure">Lists the properties.</param>
    /// <returns>The schema builder.</returns>
    public static SchemaBuilder SortFields<T>(this SchemaBuilder schema, Action<FieldListBuilder<T>> configure)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(configure);
        var fields = new FieldListBuilder<T>();
        configure(fields);
        Selections.GetOrCreateValue(schema).Sort[typeof(T)] = fields.Properties;
        return schema;
    }

    internal static IReadOnlyCollection<PropertyInfo>? Filter(SchemaBuilder schema, Type type) =>
        Selections.TryGetValue(schema, out var selection) && selection.Filter.TryGetValue(type, out var fields) ? fields : null;

    internal static IReadOnlyCollection<PropertyInfo>? Sort(SchemaBuilder schema, Type type) =>
        Selections.TryGetValue(schema, out var selection) && selection.Sort.TryGetValue(type, out var fields) ? fields : null;

    private sealed class Selection
    {
        public Dictionary<Type, IReadOnlyCollection<PropertyInfo>> Filter { get; } = [];

        public Dictionary<Type, IReadOnlyCollection<PropertyInfo>> Sort { get; } = [];
    }
}
