using System.Globalization;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Turns a literal into a plain value without a type to guide it (graphql-js <c>valueFromASTUntyped</c>).</summary>
public static class UntypedLiteral
{
    /// <summary>
    /// Converts a literal: integers to <see cref="int" /> (or <see cref="long" />, <see cref="double" /> when larger),
    /// floats to <see cref="double" />, strings and enum names to <see cref="string" />, lists to
    /// <see cref="List{T}" />, objects to <see cref="Dictionary{TKey, TValue}" />; variables are looked up.
    /// </summary>
    /// <param name="value">The literal.</param>
    /// <param name="variables">Variable values; a missing variable gives null.</param>
    /// <returns>The plain value.</returns>
    public static object? ToValue(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            NullValueNode => null,
            IntValueNode i => int.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small) ? (object)small
                : long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large) ? (object)large
                : double.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            StringValueNode s => s.Value,
            EnumValueNode e => e.Value,
            BooleanValueNode b => b.Value,
            ListValueNode list => list.Values.Select(item => ToValue(item, variables)).ToList(),
            ObjectValueNode obj => obj.Fields.ToDictionary(field => field.NameValue, field => ToValue(field.Value, variables), StringComparer.Ordinal),
            VariableNode variable => variables?.GetValueOrDefault(variable.NameValue),
            _ => throw new ArgumentException($"Unexpected value node {value.Kind}.", nameof(value)),
        };
    }
}
