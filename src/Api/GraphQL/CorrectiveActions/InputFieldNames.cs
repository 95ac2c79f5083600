using CustomerComms.Api.GraphQL.Mutations;
using CustomerComms.Domain.Common;

namespace CustomerComms.Api.GraphQL.CorrectiveActions;

/// <summary>
/// Points a domain rule's failure at the input field the client sent. The domain names fields by its own
/// parameters (a step by <c>stepNumber</c>, an item by <c>requirementId</c>), while a ValidationError names the
/// path within <c>input</c>; rules on the record's state (<c>status</c>) concern no input field at all.
/// </summary>
internal static class InputFieldNames
{
    /// <summary>Runs <paramref name="call" />; a failure on a field in <paramref name="renames" /> is reported on the input field it maps to (null: the record as a whole).</summary>
    public static T Map<T>(Func<T> call, params (string Domain, string? Input)[] renames)
    {
        try
        {
            return call();
        }
        catch (DomainValidationException invalid) when (Array.Exists(renames, r => r.Domain == invalid.Field))
        {
            var field = Array.Find(renames, r => r.Domain == invalid.Field).Input;
            throw new MutationFailedException(new ValidationError(invalid.Message, field, invalid.Code), invalid.Message);
        }
    }

    /// <summary>As <see cref="Map{T}" /> for a call without a result.</summary>
    public static void Map(Action call, params (string Domain, string? Input)[] renames) =>
        Map(() =>
        {
            call();
            return true;
        }, renames);

    /// <summary>Runs <paramref name="call" /> on one item of a list input: every field it fails on is reported under <paramref name="path" /> (e.g. <c>items[2].resolution</c>).</summary>
    public static T Within<T>(string path, Func<T> call, params (string Domain, string Input)[] renames)
    {
        try
        {
            return call();
        }
        catch (DomainValidationException invalid)
        {
            var field = Array.Exists(renames, r => r.Domain == invalid.Field) ? Array.Find(renames, r => r.Domain == invalid.Field).Input : invalid.Field;
            throw new MutationFailedException(new ValidationError(invalid.Message, $"{path}.{field}", invalid.Code), invalid.Message);
        }
    }
}
