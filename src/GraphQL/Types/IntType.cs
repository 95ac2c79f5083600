using System.Globalization;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>The <c>Int</c> scalar, with graphql-js's coercion rules.</summary>
internal sealed class IntType : ScalarType
{
    internal IntType()
        : base(
            "Int",
            "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.",
            null,
            typeof(int),
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
            throw new GraphQLCoercionException("Int cannot represent non-integer value: " + JsValue.Inspect(value));
        }

        if (!JsValue.IsInteger(number))
        {
            throw new GraphQLCoercionException("Int cannot represent non-integer value: " + JsValue.Inspect(value));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLCoercionException("Int cannot represent non 32-bit signed integer value: " + JsValue.Inspect(value));
        }

        return (int)number;
    }

    public override object? ParseValue(object? value)
    {
        value = JsValue.Normalize(value);
        if (!JsValue.TryGetNumber(value, out var number) || !JsValue.IsInteger(number))
        {
            throw new GraphQLCoercionException("Int cannot represent non-integer value: " + JsValue.Inspect(value));
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw new GraphQLCoercionException("Int cannot represent non 32-bit signed integer value: " + JsValue.FormatNumber(number));
        }

        return (int)number;
    }

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is not IntValueNode literal)
        {
            throw new GraphQLCoercionException("Int cannot represent non-integer value: " + Printer.Print(value));
        }

        if (!int.TryParse(literal.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw new GraphQLCoercionException("Int cannot represent non 32-bit signed integer value: " + literal.Value);
        }

        return result;
    }
}
