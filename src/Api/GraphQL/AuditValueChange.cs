using System.Text.Json;
using CustomerComms.Domain.Auditing;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL;

/// <summary>One value an audited change set, read from the entry's before and after JSON objects.</summary>
/// <param name="Field">The property in camelCase.</param>
/// <param name="Before">The value before as text; null when none.</param>
/// <param name="After">The value after as text; null when none.</param>
internal sealed record AuditValueChange(string Field, string? Before, string? After)
{
    /// <summary>The values of <paramref name="entry" />, in the order the entry stores them (before's properties first).</summary>
    public static IReadOnlyList<AuditValueChange> Of(AuditEntry entry)
    {
        var before = Values(entry.Before);
        var after = Values(entry.After);
        return [.. before.Keys.Concat(after.Keys).Distinct(StringComparer.Ordinal)
            .Select(name => new AuditValueChange(NameConventions.ToCamelCase(name), before.GetValueOrDefault(name), after.GetValueOrDefault(name)))];
    }

    private static Dictionary<string, string?> Values(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (json is null)
        {
            return values;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
        }

        return values;
    }
}
