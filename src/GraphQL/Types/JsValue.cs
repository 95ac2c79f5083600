using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CustomerComms.GraphQL.Types;

/// <summary>
/// Treats CLR values the way graphql-js treats JavaScript values: numbers of any CLR numeric type are one kind,
/// JSON elements are unwrapped, and values are shown in messages as graphql-js's <c>inspect</c> shows them.
/// </summary>
internal static class JsValue
{
    /// <summary>Turns a <see cref="JsonElement" /> into a plain CLR value; other values are returned as they are.</summary>
    public static object? Normalize(object? value)
    {
        if (value is not JsonElement element)
        {
            return value;
        }

        return element.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => element.GetString(),
            JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
            JsonValueKind.Array => element.EnumerateArray().Select(item => Normalize(item)).ToList(),
            _ => element.EnumerateObject().ToDictionary(property => property.Name, property => Normalize(property.Value), StringComparer.Ordinal),
        };
    }

    /// <summary>Whether the value is a CLR number, and its value as a double.</summary>
    public static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    /// <summary>Whether the number is an integer, as JavaScript's <c>Number.isInteger</c>.</summary>
    public static bool IsInteger(double number) => double.IsFinite(number) && Math.Floor(number) == number;

    /// <summary>Formats a number as JavaScript's <c>String(number)</c> does.</summary>
    public static string FormatNumber(double number)
    {
        if (double.IsNaN(number))
        {
            return "NaN";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "Infinity" : "-Infinity";
        }

        if (number == 0)
        {
            return "0";
        }

        var shortest = Math.Abs(number).ToString("R", CultureInfo.InvariantCulture);
        var (digits, exponent) = Decompose(shortest);
        var sign = number < 0 ? "-" : string.Empty;
        var k = digits.Length;
        var n = exponent + k;
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return sign + digits[..n] + "." + digits[n..];
        }

        if (-6 < n && n <= 0)
        {
            return sign + "0." + new string('0', -n) + digits;
        }

        var e = n - 1;
        var mantissa = k == 1 ? digits : digits[..1] + "." + digits[1..];
        return sign + mantissa + "e" + (e < 0 ? "-" : "+") + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Shows a value as graphql-js's <c>inspect</c>: strings JSON-quoted, numbers as JavaScript prints them.</summary>
    public static string Inspect(object? value)
    {
        value = Normalize(value);
        if (TryGetNumber(value, out var number))
        {
            return FormatNumber(number);
        }

        return value switch
        {
            null => "null",
            string s => JsonSerializer.Serialize(s),
            bool b => b ? "true" : "false",
            IDictionary dictionary => InspectObject(dictionary),
            IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Inspect)) + "]",
            _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "{}",
        };
    }

    private static string InspectObject(IDictionary dictionary)
    {
        if (dictionary.Count == 0)
        {
            return "{}";
        }

        var result = new StringBuilder("{ ");
        var first = true;
        foreach (DictionaryEntry entry in dictionary)
        {
            result.Append(first ? string.Empty : ", ").Append(entry.Key).Append(": ").Append(Inspect(entry.Value));
            first = false;
        }

        return result.Append(" }").ToString();
    }

    /// <summary>Splits a round-trip number text into its significant digits and the power of ten of the last digit.</summary>
    private static (string Digits, int Exponent) Decompose(string text)
    {
        var exponent = 0;
        var e = text.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(text[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            text = text[..e];
        }

        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot >= 0)
        {
            exponent -= text.Length - dot - 1;
            text = text.Remove(dot, 1);
        }

        text = text.TrimStart('0');
        var trimmed = text.TrimEnd('0');
        exponent += text.Length - trimmed.Length;
        return (trimmed, exponent);
    }
}
