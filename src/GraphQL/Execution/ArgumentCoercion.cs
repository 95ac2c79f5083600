using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Coerces the arguments written on a field or directive (graphql-js <c>getArgumentValues</c>): absent arguments
/// and arguments given an absent variable take their default or stay absent; null is refused for non-null types.
/// </summary>
internal static class ArgumentCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    /// <summary>The coerced values by name.</summary>
    /// <exception cref="GraphQLException">When a value is missing or invalid, pointing at the node concerned.</exception>
    public static IReadOnlyDictionary<string, object?> Coerce(NamedList<Argument> definitions, Node node, NodeList<ArgumentNode> arguments, IReadOnlyDictionary<string, object?> variables)
    {
        if (definitions.Count == 0)
        {
            return None;
        }

        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Name;
            var argument = Find(arguments, name);
            if (argument is null)
            {
                UseDefault(values, definition, () => $"Argument \"{name}\" of required type \"{definition.Type}\" was not provided.", node);
                continue;
            }

            var valueNode = argument.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                if (!variables.TryGetValue(variable.NameValue, out var variableValue))
                {
                    UseDefault(values, definition, () => $"Argument \"{name}\" of required type \"{definition.Type}\" was provided the variable \"${variable.NameValue}\" which was not provided a runtime value.", valueNode);
                    continue;
                }

                isNull = variableValue is null;
            }

            if (isNull && definition.Type is NonNullType)
            {
                throw Error($"Argument \"{name}\" of non-null type \"{definition.Type}\" must not be null.", valueNode);
            }

            if (!LiteralCoercion.TryCoerce(valueNode, definition.Type, variables, out var value))
            {
                throw Error($"Argument \"{name}\" has invalid value {Printer.Print(valueNode)}.", valueNode);
            }

            values[name] = value;
        }

        return values;
    }

    /// <summary>The arguments of the first use of <paramref name="directive" /> on a node, or null when it is not used there.</summary>
    public static IReadOnlyDictionary<string, object?>? DirectiveValues(Directive directive, NodeList<DirectiveNode> directives, IReadOnlyDictionary<string, object?> variables)
    {
        foreach (var node in directives)
        {
            if (node.NameValue == directive.Name)
            {
                return Coerce(directive.Arguments, node, node.Arguments, variables);
            }
        }

        return null;
    }

    private static void UseDefault(Dictionary<string, object?> values, Argument definition, Func<string> missingMessage, Node node)
    {
        if (definition.DefaultValue is not null)
        {
            LiteralCoercion.TryCoerce(definition.DefaultValue, definition.Type, null, out var value);
            values[definition.Name] = value;
        }
        else if (definition.Type is NonNullType)
        {
            throw Error(missingMessage(), node);
        }
    }

    private static ArgumentNode? Find(NodeList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.NameValue == name)
            {
                return argument;
            }
        }

        return null;
    }

    private static GraphQLException Error(string message, Node node) =>
        new(message, ErrorCodes.BadUserInput) { Nodes = [node] };
}
