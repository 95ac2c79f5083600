namespace CustomerComms.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser" />.</summary>
public sealed record ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>
    /// The most significant tokens (comments and other ignored tokens do not count) a document may have;
    /// parsing stops with a syntax error at the first token beyond it. Default 15,000.
    /// </summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types; parsing stops with a syntax
    /// error when a document nests deeper, which also keeps the parser's recursion bounded. Default 128.
    /// </summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>When true, nodes carry no <see cref="Node.Location" />; for documents whose positions will never be reported.</summary>
    public bool NoLocation { get; init; }
}
