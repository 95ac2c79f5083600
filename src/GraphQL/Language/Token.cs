namespace CustomerComms.GraphQL.Language;

/// <summary>A lexical token.</summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="Value">
/// The value for names, numbers and strings (escapes resolved, block-string indentation removed); null for punctuators.
/// </param>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>The token as graphql-js describes it in syntax errors, e.g. <c>Name "foo"</c> or <c>"}"</c>.</summary>
    public string Description => Value is null ? KindDescription(Kind) : $"{KindDescription(Kind)} \"{Value}\"";

    /// <summary>A token kind as graphql-js describes it in syntax errors, e.g. <c>Name</c>, <c>"{"</c> or <c>&lt;EOF&gt;</c>.</summary>
    /// <param name="kind">The token kind.</param>
    /// <returns>The description.</returns>
    public static string KindDescription(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
