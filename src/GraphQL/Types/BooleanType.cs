using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>The <c>Boolean</c> scalar, with graphql-js's coercion rules.</summary>
internal sealed class BooleanType : ScalarType
{
    internal BooleanType()
        : base("Boolean", "The `Boolean` scalar type represents `true` or `false`.", null, typeof(bool), null)
    {
    }

    public override object? Serialize(object? value)
    {
        value = JsValue.Normalize(value);
        if (value is bool b)
        {
            return b;
        }

        if (JsValue.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return number != 0;
        }

        throw new GraphQLCoercionException("Boolean cannot represent a non boolean value: " + JsValue.Inspect(value));
    }

    public override object? ParseValue(object? value)
    {
        value = JsValue.Normalize(value);
        return value is bool b
            ? b
            : throw new GraphQLCoercionException("Boolean cannot represent a non boolean value: " + JsValue.Inspect(value));
    }

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is BooleanValueNode literal
            ? literal.Value
            : throw new GraphQLCoercionException("Boolean cannot represent a non boolean value: " + Printer.Print(value));
    }
}
