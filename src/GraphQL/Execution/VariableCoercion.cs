using System.Globalization;
using System.Text;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Coerces the variable values of a request to the types the operation declares (graphql-js
/// <c>coerceVariableValues</c>): absent variables take their default or stay absent, null is refused for non-null
/// types, and every invalid part is reported with graphql-js's message.
/// </summary>
public static class VariableCoercion
{
    /// <summary>Coerces the inputs.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="definitions">The operation's variable definitions.</param>
    /// <param name="inputs">The external values by name (plain values or <see cref="System.Text.Json.JsonElement" />s), or null for none.</param>
    /// <param name="maxErrors">How many errors to report before stopping.</param>
    /// <returns>The coerced values (absent variables are absent) and the errors; the values are meaningless when there are errors.</returns>
    public static (IReadOnlyDictionary<string, object?> Values, IReadOnlyList<GraphQLError> Errors) Coerce(
        Schema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        int maxErrors = 50)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(definitions);
        if (definitions.Count == 0)
        {
            return (new Dictionary<string, object?>(0), []);
        }

        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        var errors = new List<GraphQLError>();
        foreach (var definition in definitions)
        {
            var name = definition.Variable.NameValue;
            var typeText = Printer.Print(definition.Type);
            var type = schema.TypeFromAst(definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(GraphQLError.Variable($"Variable \"${name}\" expected value of type \"{typeText}\" which cannot be used as an input type.", definition.Type));
            }
            else if (inputs is null || !inputs.TryGetValue(name, out var input))
            {
                if (definition.DefaultValue is not null)
                {
                    LiteralCoercion.TryCoerce(definition.DefaultValue, type, null, out var defaultValue);
                    values[name] = defaultValue;
                }
                else if (type is NonNullType)
                {
                    errors.Add(GraphQLError.Variable($"Variable \"${name}\" of required type \"{typeText}\" was not provided.", definition));
                }
            }
            else
            {
                input = JsValue.Normalize(input);
                if (input is null && type is NonNullType)
                {
                    errors.Add(GraphQLError.Variable($"Variable \"${name}\" of non-null type \"{typeText}\" must not be null.", definition));
                }
                else
                {
                    values[name] = InputCoercion.Coerce(input, type, (path, invalid, message) =>
                    {
                        var prefix = $"Variable \"${name}\" got invalid value {JsValue.Inspect(invalid)}";
                        if (path.Count > 0)
                        {
                            prefix += $" at \"{name}{PrintPath(path)}\"";
                        }

                        errors.Add(GraphQLError.Variable(prefix + "; " + message, definition));
                    });
                }
            }

            if (errors.Count >= maxErrors)
            {
                errors.Add(GraphQLError.Request("Too many errors processing variables, error limit reached. Execution aborted.", ErrorCodes.BadUserInput));
                break;
            }
        }

        return (values, errors);
    }

    private static string PrintPath(IReadOnlyList<object> path)
    {
        var text = new StringBuilder();
        foreach (var key in path)
        {
            text.Append(key is int index ? "[" + index.ToString(CultureInfo.InvariantCulture) + "]" : "." + key);
        }

        return text.ToString();
    }
}
