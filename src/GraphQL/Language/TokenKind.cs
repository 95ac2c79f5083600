namespace CustomerComms.GraphQL.Language;

/// <summary>The kinds of lexical token (spec section 2.1 "Source Text").</summary>
public enum TokenKind
{
    /// <summary>Start of the source, before the first token.</summary>
    StartOfFile,

    /// <summary>End of the source.</summary>
    EndOfFile,

    /// <summary><c>!</c></summary>
    Bang,

    /// <summary><c>$</c></summary>
    Dollar,

    /// <summary><c>&amp;</c></summary>
    Amp,

    /// <summary><c>(</c></summary>
    ParenLeft,

    /// <summary><c>)</c></summary>
    ParenRight,

    /// <summary><c>...</c></summary>
    Spread,

    /// <summary><c>:</c></summary>
    Colon,

    /// <summary><c>=</c></summary>
    Equals,

    /// <summary><c>@</c></summary>
    At,

    /// <summary><c>[</c></summary>
    BracketLeft,

    /// <summary><c>]</c></summary>
    BracketRight,

    /// <summary><c>{</c></summary>
    BraceLeft,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>}</c></summary>
    BraceRight,

    /// <summary>A name: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
    Name,

    /// <summary>An integer literal.</summary>
    Int,

    /// <summary>A float literal.</summary>
    Float,

    /// <summary>A quoted string literal.</summary>
    String,

    /// <summary>A block string literal (<c>"""..."""</c>).</summary>
    BlockString,
}
