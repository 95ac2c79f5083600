using System.Collections;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Coerces an external input value (a variable value, already unwrapped from JSON) to the internal value of an
/// input type (graphql-js <c>coerceInputValue</c>): lists from single values, input objects with defaults and
/// <c>@oneOf</c> rules, scalars and enums by their parse functions.
/// </summary>
internal static class InputCoercion
{
    /// <summary>Reports an invalid part of the value: its path below the variable, the part itself, and why.</summary>
    public delegate void ErrorSink(IReadOnlyList<object> path, object? invalidValue, string message);

    /// <summary>Coerces <paramref name="value" />; every problem goes to <paramref name="onError" /> and the result is then meaningless.</summary>
    public static object? Coerce(object? value, GraphQLType type, ErrorSink onError) => Coerce(value, type, onError, []);

    private static object? Coerce(object? value, GraphQLType type, ErrorSink onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (value is not null)
            {
                return Coerce(value, nonNull.OfType, onError, path);
            }

            onError([.. path], value, $"Expected non-nullable type \"{type}\" not to be null.");
            return null;
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                return CoerceList(value, list.OfType, onError, path);
            case InputObjectType input:
                return CoerceObject(value, input, onError, path);
            case ScalarType scalar:
                return CoerceLeaf(() => scalar.ParseValue(value), value, type, onError, path);
            case EnumType enumType:
                return CoerceLeaf(() => enumType.ParseValue(value), value, type, onError, path);
            default:
                onError([.. path], value, $"Expected type \"{type}\" to be an input type.");
                return null;
        }
    }

    private static List<object?> CoerceList(object value, GraphQLType itemType, ErrorSink onError, List<object> path)
    {
        if (value is string || value is IDictionary || value is not IEnumerable items)
        {
            return [Coerce(value, itemType, onError, path)];
        }

        var result = new List<object?>();
        var index = 0;
        foreach (var item in items)
        {
            path.Add(index++);
            result.Add(Coerce(item, itemType, onError, path));
            path.RemoveAt(path.Count - 1);
        }

        return result;
    }

    private static Dictionary<string, object?>? CoerceObject(object value, InputObjectType type, ErrorSink onError, List<object> path)
    {
        if (value is not IDictionary<string, object?> fields)
        {
            onError([.. path], value, $"Expected type \"{type.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!fields.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.DefaultValue is not null)
                {
                    LiteralCoercion.TryCoerce(field.DefaultValue, field.Type, null, out var defaultValue);
                    result[field.Name] = defaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError([.. path], value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in fields.Keys)
        {
            if (!type.Fields.Contains(name))
            {
                onError([.. path], value, $"Field \"{name}\" is not defined by type \"{type.Name}\"." + Validation.Suggestions.DidYouMean(Validation.Suggestions.List(name, type.Fields.Select(field => field.Name))));
            }
        }

        if (type.IsOneOf)
        {
            if (result.Count != 1)
            {
                onError([.. path], value, $"Exactly one key must be specified for OneOf type \"{type.Name}\".");
            }

            var (key, single) = result.FirstOrDefault();
            if (key is not null && single is null)
            {
                onError([.. path, key], single, $"Field \"{key}\" must be non-null.");
            }
        }

        return result;
    }

    private static object? CoerceLeaf(Func<object?> parse, object value, GraphQLType type, ErrorSink onError, List<object> path)
    {
        try
        {
            return parse() ?? Report($"Expected type \"{type}\".");
        }
        catch (GraphQLCoercionException exception)
        {
            return Report(exception.Message);
        }

        object? Report(string message)
        {
            onError([.. path], value, message);
            return null;
        }
    }
}
