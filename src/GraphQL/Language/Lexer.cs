namespace CustomerComms.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec section 2 "Language"), one token at a time.
/// Ignored tokens — the byte order mark, white space, line terminators, commas and comments — are skipped.
/// </summary>
/// <remarks>
/// The lexer works on the source string by index and allocates only for token values; names come from
/// <see cref="NameTable" />, so a name seen before costs no allocation.
/// It throws <see cref="GraphQLSyntaxException" /> with graphql-js's messages for malformed input.
/// </remarks>
public sealed partial class Lexer
{
    private readonly string _source;
    private int _line = 1;
    private int _lineStart;
    private Token _lookahead;
    private int _lookaheadLine;
    private int _lookaheadLineStart;
    private bool _hasLookahead;

    /// <summary>Creates a lexer positioned before the first token.</summary>
    /// <param name="source">The GraphQL document text.</param>
    public Lexer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        Token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1, null);
    }

    /// <summary>The source text.</summary>
    public string Source => _source;

    /// <summary>The current token.</summary>
    public Token Token { get; private set; }

    /// <summary>Where the token before the current one ends; used to find where a node ends.</summary>
    public int PreviousEnd { get; private set; }

    /// <summary>Moves to the next token and returns it; stays on <see cref="TokenKind.EndOfFile" /> at the end.</summary>
    /// <returns>The new current token.</returns>
    public Token Advance()
    {
        MoveNext();
        return Token;
    }

    /// <summary><see cref="Advance" /> without copying the token out: the parser reads <see cref="Token" /> as it needs.</summary>
    internal void MoveNext()
    {
        PreviousEnd = Token.End;
        if (_hasLookahead)
        {
            _hasLookahead = false;
            Token = _lookahead;
            _line = _lookaheadLine;
            _lineStart = _lookaheadLineStart;
        }
        else if (Token.Kind != TokenKind.EndOfFile)
        {
            Token = ReadToken(Token.End);
        }
    }

    /// <summary>Returns the token after the current one without moving to it.</summary>
    /// <returns>The next token.</returns>
    public Token Lookahead()
    {
        if (Token.Kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        if (!_hasLookahead)
        {
            var (line, lineStart) = (_line, _lineStart);
            _lookahead = ReadToken(Token.End);
            (_lookaheadLine, _lookaheadLineStart) = (_line, _lineStart);
            (_line, _lineStart) = (line, lineStart);
            _hasLookahead = true;
        }

        return _lookahead;
    }

    /// <summary>Reads the next significant token starting at <paramref name="position" />.</summary>
    private Token ReadToken(int position)
    {
        var source = _source;
        var length = source.Length;
        while (position < length)
        {
            var c = source[position];

            // Spaces, indentation and commas are most of a formatted document: skipped before the switch, whose
            // jump tables cost more than these comparisons.
            if (c == ' ' || c == ',' || c == '\t')
            {
                position++;
                continue;
            }

            switch (c)
            {
                case '\uFEFF':
                    position++;
                    continue;
                case '\n':
                    position++;
                    NewLine(position);
                    continue;
                case '\r':
                    position += position + 1 < length && source[position + 1] == '\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case '$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case '&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case '(':
                    return Punctuator(TokenKind.ParenLeft, position, 1);
                case ')':
                    return Punctuator(TokenKind.ParenRight, position, 1);
                case '.':
                    if (position + 2 < length && source[position + 1] == '.' && source[position + 2] == '.')
                    {
                        return Punctuator(TokenKind.Spread, position, 3);
                    }

                    break;
                case ':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case '=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case '@':
                    return Punctuator(TokenKind.At, position, 1);
                case '[':
                    return Punctuator(TokenKind.BracketLeft, position, 1);
                case ']':
                    return Punctuator(TokenKind.BracketRight, position, 1);
                case '{':
                    return Punctuator(TokenKind.BraceLeft, position, 1);
                case '|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case '}':
                    return Punctuator(TokenKind.BraceRight, position, 1);
                case '"':
                    return position + 2 < length && source[position + 1] == '"' && source[position + 2] == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
                default:
                    if (IsNameStart(c))
                    {
                        return ReadName(position);
                    }

                    if (IsDigit(c) || c == '-')
                    {
                        return ReadNumber(position);
                    }

                    break;
            }

            throw UnexpectedCharacter(position);
        }

        return new Token(TokenKind.EndOfFile, length, length, _line, 1 + length - _lineStart, null);
    }

    private void NewLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    private Token Punctuator(TokenKind kind, int start, int size) =>
        new(kind, start, start + size, _line, 1 + start - _lineStart, null);

    private Token CreateToken(TokenKind kind, int start, int end, string value) =>
        new(kind, start, end, _line, 1 + start - _lineStart, value);

    /// <summary><c>Comment :: # CommentChar*</c>; returns the position of the line terminator or end.</summary>
    private int SkipComment(int start)
    {
        var source = _source;
        var position = start + 1;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (!char.IsSurrogate(c))
            {
                position++;
            }
            else if (IsSurrogatePairAt(position))
            {
                position += 2;
            }
            else
            {
                break;
            }
        }

        return position;
    }

    /// <summary><c>Name :: NameStart NameContinue* [lookahead != NameContinue]</c></summary>
    private Token ReadName(int start)
    {
        var source = _source;
        var position = start + 1;
        var hash = NameTable.Hash(NameTable.InitialHash, source[start]);
        while (position < source.Length && IsNameContinue(source[position]))
        {
            hash = NameTable.Hash(hash, source[position]);
            position++;
        }

        return CreateToken(TokenKind.Name, start, position, NameTable.Get(source.AsSpan(start, position - start), hash));
    }

    private GraphQLSyntaxException UnexpectedCharacter(int position)
    {
        var c = _source[position];
        var description = c == '\''
            ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
            : !char.IsSurrogate(c) || IsSurrogatePairAt(position)
                ? $"Unexpected character: {DescribeCharacterAt(position)}."
                : $"Invalid character: {DescribeCharacterAt(position)}.";
        return new GraphQLSyntaxException(_source, position, description);
    }

    private GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);

    private bool IsSurrogatePairAt(int position) =>
        char.IsHighSurrogate(_source[position]) && position + 1 < _source.Length && char.IsLowSurrogate(_source[position + 1]);

    /// <summary>Describes the character at a position as graphql-js does: <c>"a"</c>, <c>'"'</c>, <c>U+000A</c> or <c>&lt;EOF&gt;</c>.</summary>
    private string DescribeCharacterAt(int position)
    {
        if (position >= _source.Length)
        {
            return "<EOF>";
        }

        var c = _source[position];
        if (c >= 0x20 && c <= 0x7E)
        {
            return c == '"' ? "'\"'" : $"\"{c}\"";
        }

        int codePoint = IsSurrogatePairAt(position) ? char.ConvertToUtf32(c, _source[position + 1]) : c;
        return "U+" + codePoint.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(char c) => c < NameContinueTable.Length && NameContinueTable[c] != 0;

    /// <summary>1 for the ASCII characters that may continue a name (<c>[A-Za-z0-9_]</c>): one load instead of four ranges.</summary>
    private static ReadOnlySpan<byte> NameContinueTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];
}
