using System.Globalization;
using System.Text.RegularExpressions;
using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Common;

namespace CustomerComms.Api.GraphQL.Satisfaction;

/// <summary>
/// Names the item of an input list that a failure concerns: the domain names fields of one item (<c>periodStart</c>)
/// or indexes with brackets (<c>answers[2].score</c>), while ValidationError.field is a path of input fields
/// separated by dots (<c>measurements.2.periodStart</c>, <c>answers.2.score</c>).
/// </summary>
internal static partial class ListItemErrors
{
    /// <summary>Runs <paramref name="action" /> on item <paramref name="index" /> of the list <paramref name="list" />, prefixing the field of a validation failure with the item's path.</summary>
    public static T At<T>(string list, int index, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (DomainValidationException invalid)
        {
            throw Invalid(invalid.Message, Path(list, index, invalid.Field), invalid.Code);
        }
    }

    /// <summary>The domain's field path with bracketed indexes written as dotted path segments.</summary>
    public static string Dotted(string field) => BracketIndex().Replace(field, ".$1");

    public static string Path(string list, int index, string field) =>
        string.Create(CultureInfo.InvariantCulture, $"{list}.{index}.{field}");

    public static MutationFailedException Invalid(string message, string? field, string code = "VALIDATION") =>
        new(new ValidationError(message, field, code), message);

    /// <summary>The key of a global id of <paramref name="typeName" /> in a list item; a NotFoundError naming the item's field otherwise.</summary>
    public static int Key(string? id, string field, string typeName)
    {
        if (id is not null && GlobalId.TryParse(id, out var type, out var key) && type == typeName)
        {
            return key;
        }

        throw NotFound(id ?? "", field, typeName);
    }

    public static MutationFailedException NotFound(string id, string field, string typeName)
    {
        var message = $"No {typeName} has the id \"{id}\".";
        return new MutationFailedException(new NotFoundError(message, id, field), message);
    }

    [GeneratedRegex(@"\[(\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex BracketIndex();
}
