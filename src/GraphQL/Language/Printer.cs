using System.Globalization;
using System.Text;

namespace CustomerComms.GraphQL.Language;

/// <summary>
/// Prints syntax trees in the canonical GraphQL format, character for character as graphql-js's <c>print</c>:
/// two-space indentation, one selection per line, arguments wrapped onto separate lines when a field's line would
/// exceed 80 characters, block strings kept as block strings. Parsing the output gives an equal tree.
/// </summary>
public static partial class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node, e.g. a whole <see cref="DocumentNode" />, a single value or a type reference.</summary>
    /// <param name="node">The node to print.</param>
    /// <returns>The GraphQL text, without a trailing newline.</returns>
    public static string Print(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(document.Definitions, "\n\n"),
            OperationDefinitionNode operation => PrintOperation(operation),
            VariableDefinitionNode variable => Join(
                [
                    Wrap(string.Empty, PrintOptional(variable.Description), "\n"),
                    Print(variable.Variable),
                    ": ",
                    Print(variable.Type),
                    Wrap(" = ", PrintOptional(variable.DefaultValue)),
                    Wrap(" ", Join(variable.Directives, " ")),
                ]),
            SelectionSetNode selectionSet => Block(selectionSet.Selections),
            FieldNode field => Join(
                [
                    PrintArgumentsAfter(Wrap(string.Empty, field.AliasValue ?? string.Empty, ": ") + field.NameValue, field.Arguments),
                    Wrap(" ", Join(field.Directives, " ")),
                    Wrap(" ", PrintOptional(field.SelectionSet)),
                ]),
            ArgumentNode argument => argument.NameValue + ": " + Print(argument.Value),
            FragmentSpreadNode spread => "..." + spread.NameValue + Wrap(" ", Join(spread.Directives, " ")),
            InlineFragmentNode inline => Join(
                ["...", Wrap("on ", PrintOptional(inline.TypeCondition)), Join(inline.Directives, " "), Print(inline.SelectionSet)],
                " "),
            FragmentDefinitionNode fragment => Wrap(string.Empty, PrintOptional(fragment.Description), "\n")
                + "fragment " + fragment.NameValue + " on " + fragment.TypeCondition.NameValue + " "
                + Wrap(string.Empty, Join(fragment.Directives, " "), " ") + Print(fragment.SelectionSet),
            VariableNode variable => "$" + variable.NameValue,
            IntValueNode intValue => intValue.Value,
            FloatValueNode floatValue => floatValue.Value,
            StringValueNode { Block: true } blockString => BlockString.Print(blockString.Value),
            StringValueNode stringValue => PrintString(stringValue.Value),
            BooleanValueNode boolean => boolean.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode enumValue => enumValue.Value,
            ListValueNode list => "[" + Join(list.Values, ", ") + "]",
            ObjectValueNode obj => "{" + Join(obj.Fields, ", ") + "}",
            ObjectFieldNode field => field.NameValue + ": " + Print(field.Value),
            DirectiveNode directive => "@" + directive.NameValue + Wrap("(", Join(directive.Arguments, ", "), ")"),
            NamedTypeNode named => named.NameValue,
            ListTypeNode listType => "[" + Print(listType.Type) + "]",
            NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
            _ => PrintTypeSystem(node),
        };
    }

    /// <summary>
    /// Prints a string as a quoted GraphQL string literal, escaping <c>"</c>, <c>\</c> and control characters
    /// (U+0000–U+001F, U+007F–U+009F) as graphql-js does.
    /// </summary>
    /// <param name="value">The string value.</param>
    /// <returns>The literal, including the quotes.</returns>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var result = new StringBuilder(value.Length + 2);
        result.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    result.Append("\\\"");
                    break;
                case '\\':
                    result.Append("\\\\");
                    break;
                case '\b':
                    result.Append("\\b");
                    break;
                case '\t':
                    result.Append("\\t");
                    break;
                case '\n':
                    result.Append("\\n");
                    break;
                case '\f':
                    result.Append("\\f");
                    break;
                case '\r':
                    result.Append("\\r");
                    break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    result.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variableDefinitions = PrintAll(operation.VariableDefinitions);
        var variables = variableDefinitions.Any(definition => definition.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Join(variableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(variableDefinitions, ", "), ")");
        var keyword = OperationKeyword(operation.Operation);
        var prefix = Wrap(string.Empty, PrintOptional(operation.Description), "\n")
            + Join([keyword, (operation.NameValue ?? string.Empty) + variables, Join(operation.Directives, " ")], " ");

        // The anonymous query shorthand is used when nothing but the selection set would be printed.
        var head = operation.Operation == OperationType.Query && prefix.Length == keyword.Length ? string.Empty : prefix + " ";
        return head + Print(operation.SelectionSet);
    }

    /// <summary>Prints <c>prefix(arguments)</c>, one argument per line when the single line would be too long.</summary>
    private static string PrintArgumentsAfter(string prefix, NodeList<ArgumentNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return prefix;
        }

        var printed = PrintAll(arguments);
        var joined = Join(printed, ", ");
        return prefix.Length + joined.Length + 2 > MaxLineLength
            ? prefix + Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : prefix + "(" + joined + ")";
    }

    /// <summary>Prints argument definitions, one per line when any of them spans lines (e.g. has a description).</summary>
    private static string PrintArgumentDefinitions(NodeList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return printed.Any(argument => argument.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static string PrintOptional(Node? node) => node is null ? string.Empty : Print(node);

    private static List<string> PrintAll<T>(NodeList<T> nodes)
        where T : Node
    {
        var printed = new List<string>(nodes.Count);
        foreach (var node in nodes)
        {
            printed.Add(Print(node));
        }

        return printed;
    }

    private static string Join<T>(NodeList<T> nodes, string separator)
        where T : Node => Join(PrintAll(nodes), separator);

    /// <summary>Joins the non-empty parts with <paramref name="separator" />.</summary>
    private static string Join(IEnumerable<string> parts, string separator = "")
    {
        var result = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (result.Length != 0)
            {
                result.Append(separator);
            }

            result.Append(part);
        }

        return result.ToString();
    }

    /// <summary>Prints the items one per line inside an indented <c>{ }</c> block.</summary>
    private static string Block<T>(NodeList<T> nodes)
        where T : Node => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    /// <summary>Surrounds <paramref name="text" /> with <paramref name="start" /> and <paramref name="end" /> unless it is empty.</summary>
    private static string Wrap(string start, string text, string end = "") => text.Length == 0 ? string.Empty : start + text + end;

    private static string Indent(string text) =>
        text.Length == 0 ? string.Empty : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);
}
