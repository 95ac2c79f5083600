using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    private string _source;
    private int _line = 1;
    private int _lineStart;

    // The current token is kept in fields rather than as a Token: the parser reads one or two of them per token,
    // and moving a 32-byte struct in and out of a property on every token cost more than the reading.
    private TokenKind _kind;
    private int _start;
    private int _end;
    private int _tokenLine = 1;
    private int _column = 1;
    private string? _value;

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
        _kind = TokenKind.StartOfFile;
    }

    /// <summary>Positions the lexer before the first token of <paramref name="source" />, as a new lexer would be.</summary>
    /// <param name="source">The GraphQL document text.</param>
    internal void Reset(string source)
    {
        _source = source;
        _line = 1;
        _lineStart = 0;
        _kind = TokenKind.StartOfFile;
        _start = 0;
        _end = 0;
        _tokenLine = 1;
        _column = 1;
        _value = null;
        _lookahead = default;
        _lookaheadLine = 0;
        _lookaheadLineStart = 0;
        _hasLookahead = false;
        PreviousEnd = 0;
    }

    /// <summary>The source text.</summary>
    public string Source => _source;

    /// <summary>The current token.</summary>
    public Token Token => new(_kind, _start, _end, _tokenLine, _column, _value);

    /// <summary>The current token's kind.</summary>
    internal TokenKind Kind => _kind;

    /// <summary>Offset of the current token's first character.</summary>
    internal int Start => _start;

    /// <summary>Offset just past the current token's last character.</summary>
    internal int End => _end;

    /// <summary>1-based line of the current token.</summary>
    internal int Line => _tokenLine;

    /// <summary>1-based column of the current token.</summary>
    internal int Column => _column;

    /// <summary>The current token's value (see <see cref="Language.Token.Value" />).</summary>
    internal string? Value => _value;

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
        PreviousEnd = _end;
        if (_hasLookahead)
        {
            _hasLookahead = false;
            Load(_lookahead);
            _line = _lookaheadLine;
            _lineStart = _lookaheadLineStart;
        }
        else if (_kind != TokenKind.EndOfFile)
        {
            ReadToken(_end);
        }
    }

    /// <summary>Returns the token after the current one without moving to it.</summary>
    /// <returns>The next token.</returns>
    public Token Lookahead()
    {
        if (_kind == TokenKind.EndOfFile)
        {
            return Token;
        }

        if (!_hasLookahead)
        {
            var current = Token;
            var (line, lineStart) = (_line, _lineStart);
            ReadToken(_end);
            _lookahead = Token;
            (_lookaheadLine, _lookaheadLineStart) = (_line, _lineStart);
            Load(current);
            (_line, _lineStart) = (line, lineStart);
            _hasLookahead = true;
        }

        return _lookahead;
    }

    private void Load(in Token token)
    {
        _kind = token.Kind;
        _start = token.Start;
        _end = token.End;
        _tokenLine = token.Line;
        _column = token.Column;
        _value = token.Value;
    }

    /// <summary>Reads the next significant token starting at <paramref name="position" /> into the current token.</summary>
    private void ReadToken(int position)
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

            // Names are most of the tokens: tested before the switch, whose jump through a table of 116 targets the
            // processor often mispredicts.
            if (IsNameStart(c))
            {
                ReadName(position);
                return;
            }

            // A line break, then the next line's indentation: once per line of a formatted document.
            if (c == '\n')
            {
                position++;
                NewLine(position);
                position = SkipIndentation(position);
                continue;
            }

            // The one-character punctuators, from a table: one load instead of a jump through the switch's table
            // and a call per kind.
            if (c < PunctuatorKinds.Length && PunctuatorKinds[c] != 0)
            {
                SetToken((TokenKind)PunctuatorKinds[c], position, position + 1);
                return;
            }

            switch (c)
            {
                case '\uFEFF':
                    position++;
                    continue;
                case '\r':
                    position += position + 1 < length && source[position + 1] == '\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '.':
                    if (position + 2 < length && source[position + 1] == '.' && source[position + 2] == '.')
                    {
                        SetToken(TokenKind.Spread, position, position + 3);
                        return;
                    }

                    break;
                case '"':
                    if (position + 2 < length && source[position + 1] == '"' && source[position + 2] == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;
                default:
                    if (IsDigit(c) || c == '-')
                    {
                        ReadNumber(position);
                        return;
                    }

                    break;
            }

            throw UnexpectedCharacter(position);
        }

        SetToken(TokenKind.EndOfFile, length, length);
    }

    /// <summary>
    /// The position of the first character that is not a space or tab from <paramref name="position" /> on. Most
    /// line breaks of a formatted document are followed by indentation.
    /// </summary>
    private int SkipIndentation(int position) => Skip<Blank>(position);

    /// <summary>
    /// The position just past the name characters (<c>[A-Za-z0-9_]</c>) from <paramref name="position" /> on: most
    /// names are a few characters to a couple of dozen.
    /// </summary>
    private int SkipNameContinue(int position) => Skip<NameContinue>(position);

    /// <summary>
    /// The position of the first character from <paramref name="position" /> on that is not in the class
    /// <typeparamref name="TClass" />, tested eight characters at a time while eight remain.
    /// </summary>
    private int Skip<TClass>(int position)
        where TClass : struct, ICharacterClass
    {
        var source = _source;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source.AsSpan()));
            while (position <= source.Length - Vector128<ushort>.Count)
            {
                var other = Outside<TClass>(Vector128.LoadUnsafe(ref first, (nuint)position));
                if (other != 0)
                {
                    return position + BitOperations.TrailingZeroCount(other);
                }

                position += Vector128<ushort>.Count;
            }
        }

        while (position < source.Length && TClass.Contains(source[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>One bit per lane of <paramref name="chars" /> whose character is not in <typeparamref name="TClass" />.</summary>
    private static uint Outside<TClass>(Vector128<ushort> chars)
        where TClass : struct, ICharacterClass => ~TClass.Contains(chars).ExtractMostSignificantBits() & 0xFF;

    private void NewLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    /// <summary>Makes the current token one without a value (a punctuator or the end of the file).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetToken(TokenKind kind, int start, int end)
    {
        SetPosition(kind, start, end);

        // A constant null: stored without the write barrier a reference value needs.
        _value = null;
    }

    private void SetToken(TokenKind kind, int start, int end, string? value)
    {
        SetPosition(kind, start, end);
        _value = value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetPosition(TokenKind kind, int start, int end)
    {
        _kind = kind;
        _start = start;
        _end = end;
        _tokenLine = _line;
        _column = 1 + start - _lineStart;
    }

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
    private void ReadName(int start)
    {
        var source = _source;
        int position;
        if (Vector128.IsHardwareAccelerated && start <= source.Length - Vector128<ushort>.Count)
        {
            // A name of fewer than sixteen characters, all in the first two vectors: looked up by the vectors
            // themselves, with the lanes after the name cleared.
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source.AsSpan()));
            var low = Vector128.LoadUnsafe(ref first, (nuint)start);
            var other = Outside<NameContinue>(low);
            if (other != 0)
            {
                var length = BitOperations.TrailingZeroCount(other);
                low &= LanesBefore(length);
                SetToken(TokenKind.Name, start, start + length, NameTable.Get(low, Vector128<ushort>.Zero));
                return;
            }

            position = start + Vector128<ushort>.Count;
            if (position <= source.Length - Vector128<ushort>.Count)
            {
                var high = Vector128.LoadUnsafe(ref first, (nuint)position);
                other = Outside<NameContinue>(high);
                if (other != 0)
                {
                    var length = BitOperations.TrailingZeroCount(other);
                    high &= LanesBefore(length);
                    SetToken(TokenKind.Name, start, position + length, NameTable.Get(low, high));
                    return;
                }

                position += Vector128<ushort>.Count;
            }

            position = SkipNameContinue(position);
        }
        else
        {
            position = SkipNameContinue(start + 1);
        }

        SetToken(TokenKind.Name, start, position, NameTable.Get(source.AsSpan(start, position - start)));
    }

    /// <summary>All bits set in the lanes before lane <paramref name="count" />, none after.</summary>
    private static Vector128<ushort> LanesBefore(int count) =>
        Vector128.LessThan(LaneIndexes, Vector128.Create((ushort)count));

    private static Vector128<ushort> LaneIndexes => Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);

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

    /// <summary>
    /// The kind of each one-character punctuator by its character code (<c>! $ &amp; ( ) : = @ [ ] { | }</c>), 0 for
    /// every other ASCII character.
    /// </summary>
    private static ReadOnlySpan<byte> PunctuatorKinds =>
    [
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, (byte)TokenKind.Bang, 0, 0, (byte)TokenKind.Dollar, 0, (byte)TokenKind.Amp, 0,
        (byte)TokenKind.ParenLeft, (byte)TokenKind.ParenRight, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, (byte)TokenKind.Colon, 0, 0, (byte)TokenKind.Equals, 0, 0,
        (byte)TokenKind.At, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, (byte)TokenKind.BracketLeft, 0, (byte)TokenKind.BracketRight, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, (byte)TokenKind.BraceLeft, (byte)TokenKind.Pipe, (byte)TokenKind.BraceRight, 0, 0,
    ];

    /// <summary>1 for the ASCII characters that may continue a name (<c>[A-Za-z0-9_]</c>): one load instead of four ranges.</summary>
    private static ReadOnlySpan<byte> NameContinueTable =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1,
        0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0,
    ];

    /// <summary>A set of characters, tested one at a time or eight at a time.</summary>
    private interface ICharacterClass
    {
        /// <summary>Whether <paramref name="c" /> is in the set.</summary>
        static abstract bool Contains(char c);

        /// <summary>All bits set in the lanes whose character is in the set.</summary>
        static abstract Vector128<ushort> Contains(Vector128<ushort> chars);
    }

    /// <summary>Space and tab.</summary>
    private readonly struct Blank : ICharacterClass
    {
        public static bool Contains(char c) => c is ' ' or '\t';

        public static Vector128<ushort> Contains(Vector128<ushort> chars) =>
            Vector128.Equals(chars, Vector128.Create((ushort)' ')) | Vector128.Equals(chars, Vector128.Create((ushort)'\t'));
    }

    /// <summary>The characters that may continue a name: <c>[A-Za-z0-9_]</c>.</summary>
    private readonly struct NameContinue : ICharacterClass
    {
        public static bool Contains(char c) => IsNameContinue(c);

        public static Vector128<ushort> Contains(Vector128<ushort> chars)
        {
            // Lower case folded onto upper case by clearing bit 5; both ranges then test as one, unsigned.
            var letter = Vector128.LessThan(
                (chars & Vector128.Create(unchecked((ushort)~0x20))) - Vector128.Create((ushort)'A'),
                Vector128.Create((ushort)26));
            var digit = Vector128.LessThan(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)10));
            var underscore = Vector128.Equals(chars, Vector128.Create((ushort)'_'));
            return letter | digit | underscore;
        }
    }
}
