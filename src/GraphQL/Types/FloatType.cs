using System.Globalization;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>The <c>Float</c> scalar, with graphql-js's coercion rules: finite numbers only.</summary>
internal sealed class FloatType : ScalarType
{
    internal FloatType()
        : base(
            "Float",
            "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
            null,
            typeof(double),
            null)
    {
    }

    public override object? Serialize(object? value)
    {
        value = JsValue.Normalize(value);
        double number;
        if (value is bool b)
        {
            number = b ? 1 : 0;
        }
        else if (value is string s && s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
        }
        else if (!JsValue.TryGetNumber(value, out number))
        {
            throw new GraphQLCoercionException("Float cannot represent non numeric value: " + JsValue.Inspect(value));
        }

        if (!double.IsFinite(number))
        {
            throw new GraphQLCoercionException("Float cannot represent non numeric value: " + JsValue.Inspect(value));
        }

        return number;
    }

    public override object? ParseValue(object? value)
    {
        value = JsValue.Normalize(value);
        if (!JsValue.TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw new GraphQLCoercionException("Float cannot represent non numeric value: " + JsValue.Inspect(value));
        }

        return number;
    }

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            IntValueNode integer => double.Parse(integer.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            FloatValueNode number => double.Parse(number.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
            _ => throw new GraphQLCoercionException("Float cannot represent non numeric value: " + Printer.Print(value)),
        };
    }
}
