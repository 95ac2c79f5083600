using System.Globalization;
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>The <c>ID</c> scalar, with graphql-js's coercion rules: strings, and integers as their decimal text.</summary>
internal sealed class IdType : ScalarType
{
    internal IdType()
        : base(
            "ID",
            "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.",
            null,
            null,
            null)
    {
    }

    public override object? Serialize(object? value)
    {
        value = JsValue.Normalize(value);
        return value switch
        {
            string s => s,
            Guid guid => guid.ToString("D", CultureInfo.InvariantCulture),
            _ when JsValue.TryGetNumber(value, out var number) && JsValue.IsInteger(number) => IntegerText(value, number),
            _ => throw new GraphQLCoercionException("ID cannot represent value: " + JsValue.Inspect(value)),
        };
    }

    public override object? ParseValue(object? value)
    {
        value = JsValue.Normalize(value);
        return value switch
        {
            string s => s,
            _ when JsValue.TryGetNumber(value, out var number) && JsValue.IsInteger(number) => IntegerText(value, number),
            _ => throw new GraphQLCoercionException("ID cannot represent value: " + JsValue.Inspect(value)),
        };
    }

    public override object? ParseLiteral(ValueNode value, IReadOnlyDictionary<string, object?>? variables = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value switch
        {
            StringValueNode s => s.Value,
            IntValueNode i => i.Value,
            _ => throw new GraphQLCoercionException("ID cannot represent a non-string and non-integer value: " + Printer.Print(value)),
        };
    }

    /// <summary>64-bit integers keep every digit; other numbers are printed as JavaScript would.</summary>
    private static string IntegerText(object? value, double number) => value switch
    {
        long l => l.ToString(CultureInfo.InvariantCulture),
        ulong ul => ul.ToString(CultureInfo.InvariantCulture),
        _ => JsValue.FormatNumber(number),
    };
}
