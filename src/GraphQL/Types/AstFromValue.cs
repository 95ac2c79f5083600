using System.Collections;
using System.Text.RegularExpressions;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Turns internal values into literals, e.g. to print default values (graphql-js <c>astFromValue</c>).</summary>
public static partial class AstFromValue
{
    /// <summary>
    /// Produces the literal for <paramref name="value" /> as a value of <paramref name="type" />: leaf values through
    /// their serialize function, lists item by item (a single value for a list type becomes that item's literal),
    /// input objects from dictionaries or CLR objects field by field.
    /// </summary>
    /// <param name="value">The internal value.</param>
    /// <param name="type">An input type.</param>
    /// <returns>The literal, or null when the value cannot be represented (e.g. null for a non-null type).</returns>
    /// <exception cref="GraphQLCoercionException">When a leaf value cannot be serialized.</exception>
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        value = JsValue.Normalize(value);
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (value is null)
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list when value is IEnumerable items and not string and not IDictionary:
                return new ListValueNode(NodeList.Create<ValueNode>([.. items.Cast<object?>().Select(item => Convert(item, list.OfType)).OfType<ValueNode>()]));
            case ListType list:
                return Convert(value, list.OfType);
            case InputObjectType input:
                return ConvertObject(value, input);
            case EnumType enumType:
                return new EnumValueNode(enumType.Serialize(value));
            case ScalarType scalar:
                return ConvertSerialized(scalar.Serialize(value), scalar);
            default:
                return null;
        }
    }

    private static ObjectValueNode ConvertObject(object value, InputObjectType type)
    {
        var fields = new List<ObjectFieldNode>();
        foreach (var field in type.Fields)
        {
            if (!TryGetField(value, field, out var fieldValue))
            {
                continue;
            }

            if (Convert(fieldValue, field.Type) is { } literal)
            {
                fields.Add(new ObjectFieldNode(new NameNode(field.Name), literal));
            }
        }

        return new ObjectValueNode(NodeList.Create<ObjectFieldNode>([.. fields]));
    }

    private static bool TryGetField(object value, InputField field, out object? fieldValue)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(field.Name, out fieldValue);
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(field.Name, out fieldValue);
            case IDictionary untyped when untyped.Contains(field.Name):
                fieldValue = untyped[field.Name];
                return true;
            case IDictionary:
                fieldValue = null;
                return false;
        }

        var property = field.Property?.DeclaringType?.IsInstanceOfType(value) == true
            ? field.Property
            : value.GetType().GetProperty(field.Name) ?? value.GetType().GetProperties().FirstOrDefault(candidate => string.Equals(candidate.Name, field.Name, StringComparison.OrdinalIgnoreCase));
        fieldValue = property?.GetValue(value);
        return property is not null;
    }

    private static ValueNode ConvertSerialized(object? serialized, ScalarType type)
    {
        serialized = JsValue.Normalize(serialized);
        if (serialized is bool b)
        {
            return new BooleanValueNode(b);
        }

        if (JsValue.TryGetNumber(serialized, out var number) && double.IsFinite(number))
        {
            var text = JsValue.FormatNumber(number);
            return IntegerPattern().IsMatch(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        if (serialized is string s)
        {
            return type.Name == "ID" && IntegerPattern().IsMatch(s) ? new IntValueNode(s) : new StringValueNode(s, false);
        }

        throw new GraphQLCoercionException("Cannot convert value to AST: " + JsValue.Inspect(serialized) + ".");
    }

    [GeneratedRegex("^-?(?:0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();
}
