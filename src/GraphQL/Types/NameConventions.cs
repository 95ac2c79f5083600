using System.Text;

namespace CustomerComms.GraphQL.Types;

/// <summary>The naming conventions of the API surface (HotChocolate's): camelCase fields, SCREAMING_CASE enum values.</summary>
public static class NameConventions
{
    /// <summary>
    /// Turns a CLR member name into a field name: the leading capitals are lowered, keeping the last one of an
    /// acronym when a lowercase letter follows (<c>Name</c> → <c>name</c>, <c>ID</c> → <c>id</c>, <c>URLPath</c> → <c>urlPath</c>).
    /// </summary>
    /// <param name="name">The CLR name.</param>
    /// <returns>The field name.</returns>
    public static string ToCamelCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        if (upper == 0)
        {
            return name;
        }

        var lower = upper == name.Length || upper == 1 || !char.IsLower(name[upper]) ? upper : upper - 1;
        return name[..lower].ToLowerInvariant() + name[lower..];
    }

    /// <summary>
    /// Turns a CLR enum member name into an enum value name: words split at case changes, joined by underscores,
    /// upper-cased (<c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTTPStatus</c> → <c>HTTP_STATUS</c>); names already
    /// in capitals are kept.
    /// </summary>
    /// <param name="name">The CLR name.</param>
    /// <returns>The enum value name.</returns>
    public static string ToScreamingCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && name[i - 1] != '_')
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    result.Append('_');
                }
            }

            result.Append(char.ToUpperInvariant(c));
        }

        return result.ToString();
    }
}
