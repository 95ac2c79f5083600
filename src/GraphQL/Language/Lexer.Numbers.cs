namespace CustomerComms.GraphQL.Language;

/// <summary>Number literals.</summary>
public sealed partial class Lexer
{
    /// <summary>
    /// <c>IntValue :: IntegerPart [lookahead != {Digit, ., NameStart}]</c><br />
    /// <c>FloatValue :: IntegerPart FractionalPart ExponentPart? | IntegerPart ExponentPart</c> (no following Digit, <c>.</c>, NameStart)<br />
    /// <c>IntegerPart :: NegativeSign? 0 | NegativeSign? NonZeroDigit Digit*</c>
    /// </summary>
    private void ReadNumber(int start)
    {
        var position = start;
        var isFloat = false;
        if (CharAt(position) == '-')
        {
            position++;
        }

        if (CharAt(position) == '0')
        {
            position++;
            if (IsDigit(CharAt(position)))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharacterAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
        }

        if (CharAt(position) == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
        }

        if (CharAt(position) is 'e' or 'E')
        {
            isFloat = true;
            position++;
            if (CharAt(position) is '+' or '-')
            {
                position++;
            }

            position = ReadDigits(position);
        }

        var next = CharAt(position);
        if (next == '.' || IsNameStart(next))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharacterAt(position)}.");
        }

        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _source[start..position]);
    }

    /// <summary>Reads <c>Digit+</c> and returns the position after the last digit.</summary>
    private int ReadDigits(int start)
    {
        if (!IsDigit(CharAt(start)))
        {
            throw Error(start, $"Invalid number, expected digit but got: {DescribeCharacterAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    /// <summary>The character at a position, or NUL past the end (NUL is never part of a number).</summary>
    private char CharAt(int position) => position < _source.Length ? _source[position] : '\0';
}
