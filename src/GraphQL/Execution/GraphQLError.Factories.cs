using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>One factory per phase of a request, each with its code.</summary>
public sealed partial record GraphQLError
{
    /// <summary>A syntax error (or a parser limit) reported by the parser.</summary>
    /// <param name="exception">The parser's exception.</param>
    /// <returns>The error, located where the parser stopped.</returns>
    public static GraphQLError Syntax(GraphQLSyntaxException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new GraphQLError(exception.Message, ErrorCodes.ParseFailed, [new ErrorLocation(exception.Line, exception.Column)]);
    }

    /// <summary>A validation error.</summary>
    /// <param name="message">The rule's message.</param>
    /// <param name="nodes">The nodes the rule points at.</param>
    /// <returns>The error.</returns>
    public static GraphQLError Validation(string message, IEnumerable<Node>? nodes = null) =>
        new(message, ErrorCodes.ValidationFailed, LocationsOf(nodes));

    /// <summary>An error of the request as a whole (no operation to run, malformed variables).</summary>
    /// <param name="message">What is wrong with the request.</param>
    /// <param name="code">The code; <see cref="ErrorCodes.BadRequest" /> when not given.</param>
    /// <param name="nodes">The nodes the error refers to, if any.</param>
    /// <returns>The error.</returns>
    public static GraphQLError Request(string message, string code = ErrorCodes.BadRequest, IEnumerable<Node>? nodes = null) =>
        new(message, code, LocationsOf(nodes));

    /// <summary>A variable value that cannot be coerced to the variable's type.</summary>
    /// <param name="message">The graphql-js message, e.g. <c>Variable "$x" of required type "Int!" was not provided.</c>.</param>
    /// <param name="node">The variable definition.</param>
    /// <returns>The error.</returns>
    public static GraphQLError Variable(string message, Node node) =>
        new(message, ErrorCodes.BadUserInput, LocationsOf([node]));

    /// <summary>An error raised while executing a field: an argument, its resolver or the completion of its value.</summary>
    /// <param name="message">The message.</param>
    /// <param name="nodes">The field nodes (or the node the error points at).</param>
    /// <param name="path">The response path of the field or list item.</param>
    /// <param name="code">The code.</param>
    /// <param name="extensions">Further extensions, or null.</param>
    /// <returns>The error.</returns>
    public static GraphQLError Field(string message, IEnumerable<Node> nodes, ResponsePath? path, string code = ErrorCodes.InternalServerError, IReadOnlyDictionary<string, object?>? extensions = null) =>
        new(message, code, LocationsOf(nodes), path?.ToList(), extensions);

    /// <summary>The locations of nodes that have one, in order.</summary>
    /// <param name="nodes">The nodes, or null.</param>
    /// <returns>The locations.</returns>
    public static IReadOnlyList<ErrorLocation> LocationsOf(IEnumerable<Node>? nodes) =>
        nodes is null
            ? []
            : [.. nodes.Where(node => node.Location is not null).Select(node => new ErrorLocation(node.Location!.Value.Line, node.Location.Value.Column))];
}
