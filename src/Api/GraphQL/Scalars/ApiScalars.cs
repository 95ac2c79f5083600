using System.Globalization;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Scalars;

/// <summary>
/// The custom scalars of the API (DESIGN §3): <c>DateTime</c> (RFC 3339, always UTC), <c>Date</c>, <c>Decimal</c>,
/// <c>Long</c>, <c>UUID</c> and <c>URL</c>, each with <c>@specifiedBy</c> where a specification exists.
/// </summary>
internal static class ApiScalars
{
    private const string DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public static SchemaBuilder AddApiScalars(this SchemaBuilder builder)
    {
        return builder
            .Scalar(new CustomScalarType(
                "DateTime",
                serialize: SerializeDateTime,
                parseValue: value => ParseDateTime(value as string ?? throw Expected("DateTime", "an RFC 3339 date-time string", value)),
                description: "A point in time as an RFC 3339 date-time with its offset (e.g. 2026-03-31T14:05:00Z); answers are always in UTC.",
                specifiedByUrl: "https://scalars.graphql.org/chillicream/date-time.html",
                clrType: typeof(DateTime)))
            .Scalar(new CustomScalarType(
                "Date",
                serialize: value => value is DateOnly date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : throw Expected("Date", "a date", value),
                parseValue: value => ParseDate(value as string ?? throw Expected("Date", "a yyyy-MM-dd string", value)),
                description: "A calendar date without time or zone, as yyyy-MM-dd (RFC 3339 full-date).",
                specifiedByUrl: "https://scalars.graphql.org/chillicream/date.html",
                clrType: typeof(DateOnly)))
            .Scalar(new CustomScalarType(
                "Decimal",
                serialize: value => value switch
                {
                    decimal d => d,
                    _ => throw Expected("Decimal", "a decimal number", value),
                },
                parseValue: ParseDecimal,
                parseLiteral: (literal, variables) => literal switch
                {
                    IntValueNode i => decimal.Parse(i.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                    FloatValueNode f => decimal.Parse(f.Value, NumberStyles.Float, CultureInfo.InvariantCulture),
                    _ => throw Expected("Decimal", "a number", literal),
                },
                description: "A decimal number kept exactly (money, quantities), written as a JSON number.",
                clrType: typeof(decimal)))
            .Scalar(new CustomScalarType(
                "Long",
                serialize: value => value switch
                {
                    long l => l,
                    int i => (long)i,
                    _ => throw Expected("Long", "a 64-bit integer", value),
                },
                parseValue: value => value switch
                {
                    long l => l,
                    int i => (long)i,
                    _ => throw Expected("Long", "a 64-bit integer", value),
                },
                parseLiteral: (literal, variables) => literal is IntValueNode i && long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    ? l
                    : throw Expected("Long", "a 64-bit integer", literal),
                description: "A signed 64-bit integer.",
                clrType: typeof(long)))
            .Scalar(new CustomScalarType(
                "UUID",
                serialize: value => value is Guid guid ? guid.ToString("D", CultureInfo.InvariantCulture) : throw Expected("UUID", "a UUID", value),
                parseValue: value => value is string text && Guid.TryParseExact(text, "D", out var guid) ? guid : throw Expected("UUID", "a UUID as 8-4-4-4-12 hex digits", value),
                description: "A universally unique identifier in its 8-4-4-4-12 hexadecimal form (RFC 9562).",
                specifiedByUrl: "https://tools.ietf.org/html/rfc4122",
                clrType: typeof(Guid)))
            .Scalar(new CustomScalarType(
                "URL",
                serialize: value => value is Uri uri ? uri.AbsoluteUri : throw Expected("URL", "an absolute URL", value),
                parseValue: value => value is string text && Uri.TryCreate(text, UriKind.Absolute, out var uri) ? uri : throw Expected("URL", "an absolute URL", value),
                description: "An absolute URL (RFC 3986).",
                specifiedByUrl: "https://tools.ietf.org/html/rfc3986",
                clrType: typeof(Uri)));
    }

    private static object SerializeDateTime(object? value) => value switch
    {
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime().ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        DateTime utc => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.UtcDateTime.ToString(DateTimeFormat, CultureInfo.InvariantCulture),
        _ => throw Expected("DateTime", "a date-time", value),
    };

    /// <summary>RFC 3339 requires the offset (Z or ±hh:mm); a time without one is ambiguous and refused.</summary>
    private static DateTime ParseDateTime(string text)
    {
        var hasOffset = text.Length > 10 && (text.EndsWith('Z') || text.EndsWith('z') || text[^6] is '+' or '-' && text[^3] == ':');
        if (!hasOffset || text.Length < 20 || (text[10] != 'T' && text[10] != 't')
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            throw new GraphQLCoercionException($"DateTime cannot represent \"{text}\": expected an RFC 3339 date-time with an offset, e.g. 2026-03-31T14:05:00Z.");
        }

        return parsed.UtcDateTime;
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new GraphQLCoercionException($"Date cannot represent \"{text}\": expected yyyy-MM-dd, e.g. 2026-03-31.");

    private static object ParseDecimal(object? value) => value switch
    {
        int i => (decimal)i,
        long l => (decimal)l,
        double d when double.IsFinite(d) => (decimal)d,
        decimal m => m,
        _ => throw Expected("Decimal", "a number", value),
    };

    private static GraphQLCoercionException Expected(string scalar, string what, object? value) =>
        new($"{scalar} cannot represent {Describe(value)}: expected {what}.");

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        ValueNode node => Printer.Print(node),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? value.GetType().Name,
    };
}
