using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>The <c>String</c> scalar, with graphql-js's coercion rules.</summary>
internal sealed class StringType : ScalarType
{
    internal StringType()
        : base(
            "String",
            "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.",
            null,
            typeof(string),
            null)
    {
    }

    public override object? Serialize(object? value)
    {
        value = JsValue.Normalize(value);
        if (value is string s)
        {
            return s;
        }

        if (value is bool b)
        {
            return b ? "true" : "false";
        }

        if (JsValue.TryGetNumber(value, out var number) && double.IsFinite(number))
        {
            return JsValue.FormatNumber(number);
        }

        throw new GraphQLCoercionException("String cannot represent value: " + JsValue.Inspect(value));
    }

    public override object? ParseValue(object? value)
    {
        value = JsValue.Normalize(value);
        return value as string
            ?? throw new GraphQLCoercionException("String cannot represent a non string value: " + JsValue.Inspect(value));
    }

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value is StringValueNode literal
            ? literal.Value
            : throw new GraphQLCoercionException("String cannot represent a non string value: " + Printer.Print(value));
    }
}
