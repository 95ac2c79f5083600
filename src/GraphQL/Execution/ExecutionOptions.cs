using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>How requests are parsed, validated and executed.</summary>
public sealed record ExecutionOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ExecutionOptions Default { get; } = new();

    /// <summary>The parser's limits (tokens, nesting).</summary>
    public ParserOptions Parser { get; init; } = ParserOptions.Default;

    /// <summary>The longest document accepted, in characters; longer ones are refused before parsing. Default 256 KB.</summary>
    public int MaxDocumentLength { get; init; } = 256 * 1024;

    /// <summary>
    /// Validates a parsed document against the schema; an empty list means valid. The default runs every rule of
    /// the specification.
    /// </summary>
    public Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>> Validate { get; init; } = ValidateStage.SpecifiedRules;

    /// <summary>
    /// Whether sibling fields of queries are resolved concurrently (all resolvers started, then awaited together).
    /// Turn it off when resolvers share services that are not safe for concurrent use (e.g. one DbContext).
    /// Mutation root fields always run one after another. Default true.
    /// </summary>
    public bool ConcurrentFields { get; init; } = true;

    /// <summary>How many parsed and validated documents are kept, by hash of the query text. Default 1,000; 0 disables the cache.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>How many variable errors are reported before coercion stops. Default 50, as graphql-js.</summary>
    public int MaxVariableErrors { get; init; } = 50;

    /// <summary>The value root fields receive as their parent, or null.</summary>
    public object? RootValue { get; init; }
}
