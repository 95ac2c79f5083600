namespace CustomerComms.GraphQL.Language;

/// <summary>
/// A document could not be lexed or parsed. The message reads as graphql-js's, e.g.
/// <c>Syntax Error: Expected Name, found &lt;EOF&gt;.</c>
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>Creates the error for the character at <paramref name="position" /> of <paramref name="source" />.</summary>
    /// <param name="source">The document text, used to compute the line and column.</param>
    /// <param name="position">Offset of the offending character or token.</param>
    /// <param name="description">What is wrong, without the <c>Syntax Error: </c> prefix.</param>
    public GraphQLSyntaxException(string source, int position, string description)
        : base("Syntax Error: " + description)
    {
        ArgumentNullException.ThrowIfNull(source);
        Description = description;
        Position = position;
        (Line, Column) = LineAndColumn(source, position);
    }

    /// <summary>What is wrong, without the <c>Syntax Error: </c> prefix.</summary>
    public string Description { get; }

    /// <summary>Offset (UTF-16 code units) of the offending character or token.</summary>
    public int Position { get; }

    /// <summary>1-based line of the offending character or token.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending character or token.</summary>
    public int Column { get; }

    private static (int Line, int Column) LineAndColumn(string source, int position)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(position, source.Length);
        for (var i = 0; i < end; i++)
        {
            var c = source[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, position - lineStart + 1);
    }
}
