using System.Text;

namespace CustomerComms.GraphQL.Language;

/// <summary>String and block string literals.</summary>
public sealed partial class Lexer
{
    /// <summary>
    /// <c>StringValue :: " StringCharacter* "</c><br />
    /// <c>StringCharacter :: SourceCharacter but not " or \ or LineTerminator | \u EscapedUnicode | \ EscapedCharacter</c>
    /// </summary>
    private void ReadString(int start)
    {
        var source = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"')
            {
                string text;
                if (value is null)
                {
                    text = source[chunkStart..position];
                }
                else
                {
                    text = value.Append(source, chunkStart, position - chunkStart).ToString();
                }

                SetToken(TokenKind.String, start, position + 1, text);
                return;
            }

            if (c == '\\')
            {
                value ??= new StringBuilder();
                value.Append(source, chunkStart, position - chunkStart);
                position += AppendEscape(value, position);
                chunkStart = position;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            position += ReadSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Validates one SourceCharacter inside a string and returns its length (2 for a surrogate pair).</summary>
    private int ReadSourceCharacter(int position)
    {
        if (!char.IsSurrogate(_source[position]))
        {
            return 1;
        }

        if (IsSurrogatePairAt(position))
        {
            return 2;
        }

        throw Error(position, $"Invalid character within String: {DescribeCharacterAt(position)}.");
    }

    /// <summary>Appends the value of the escape sequence at <paramref name="position" /> and returns its length.</summary>
    private int AppendEscape(StringBuilder value, int position)
    {
        var escaped = CharAt(position + 1);
        if (escaped == 'u')
        {
            return CharAt(position + 2) == '{'
                ? AppendVariableWidthUnicodeEscape(value, position)
                : AppendFixedWidthUnicodeEscape(value, position);
        }

        char? decoded = escaped switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (decoded is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }

        value.Append(decoded.Value);
        return 2;
    }

    /// <summary><c>EscapedUnicode :: { HexDigit+ }</c> whose value is a Unicode scalar value.</summary>
    private int AppendVariableWidthUnicodeEscape(StringBuilder value, int position)
    {
        var point = 0;
        var size = 3;

        // At most \u{00000000}: twelve characters.
        while (size < 12)
        {
            var c = CharAt(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                value.Append(char.ConvertFromUtf32(point));
                return size;
            }

            // A non-hex character (-1) or too many digits make the value negative.
            point = (point << 4) | HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    /// <summary>
    /// <c>EscapedUnicode :: HexDigit HexDigit HexDigit HexDigit</c>; a leading surrogate is accepted only when
    /// followed by an escaped trailing surrogate, forming a pair.
    /// </summary>
    private int AppendFixedWidthUnicodeEscape(StringBuilder value, int position)
    {
        var code = Read16BitHex(position + 2);
        if (code >= 0 && IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return 6;
        }

        if (code >= 0 && char.IsHighSurrogate((char)code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing >= 0 && char.IsLowSurrogate((char)trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    /// <summary>
    /// <c>BlockStringValue :: """ BlockStringCharacter* """</c>, where <c>\"""</c> stands for <c>"""</c>;
    /// the value is the raw text with <see cref="BlockString.Dedent" /> applied.
    /// </summary>
    private void ReadBlockString(int start)
    {
        var source = _source;
        var line = _line;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var currentLine = new StringBuilder();
        var lines = new List<string>();
        while (position < source.Length)
        {
            var c = source[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                lines.Add(currentLine.Append(source, chunkStart, position - chunkStart).ToString());
                SetToken(TokenKind.BlockString, start, position + 3, BlockString.Dedent(lines));
                _line = line;
                _lineStart = lineStart;
                return;
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(source, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                lines.Add(currentLine.Append(source, chunkStart, position - chunkStart).ToString());
                currentLine.Clear();
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                line++;
                lineStart = position;
                continue;
            }

            position += ReadSourceCharacter(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private int Read16BitHex(int position) =>
        (HexValue(CharAt(position)) << 12)
        | (HexValue(CharAt(position + 1)) << 8)
        | (HexValue(CharAt(position + 2)) << 4)
        | HexValue(CharAt(position + 3));

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsUnicodeScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private string Slice(int start, int length) => _source.Substring(start, Math.Min(length, _source.Length - start));
}
