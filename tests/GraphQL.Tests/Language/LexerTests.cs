using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    public void Advance_Punctuator_ReturnsItsKindWithoutValue(string source, TokenKind expected)
    {
        var token = new Lexer(source).Advance();

        Assert.Equal(expected, token.Kind);
        Assert.Null(token.Value);
        Assert.Equal(source.Length, token.End);
    }

    [Fact]
    public void Advance_IgnoredTokens_SkipsBomWhitespaceCommasAndComments()
    {
        var lexer = new Lexer("\uFEFF \t,,# a comment\n  # another\r\n\r\n   foo ,");

        var token = lexer.Advance();

        Assert.Equal(new Token(TokenKind.Name, 35, 38, 4, 4, "foo"), token);
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance().Kind);
    }

    [Fact]
    public void Advance_NamesOfEveryLengthBeforeAnyCharacter_EndWhereTheNameCharactersEnd()
    {
        // Names are scanned several characters at a time; each length and each character after the name must
        // end the name exactly where a character-by-character reading would, including characters whose codes
        // sit next to the letter, digit and underscore ranges or share their low byte.
        const string nameCharacters = "abyzABYZ019_mnMN5";
        char[] after = [' ', '\t', '\n', ',', '(', '{', ':', '@', '[', '`', '/', '^', '~', '\u007F', '\u00C1', '\u00E9', '\u0141', '\u0161', '\u0430', '\u3041', '\uFF21'];
        for (var length = 1; length <= 40; length++)
        {
            var name = new string(Enumerable.Range(0, length).Select(i => nameCharacters[(i * 7 + length) % nameCharacters.Length]).ToArray());
            if (char.IsDigit(name[0]))
            {
                name = "_" + name[1..];
            }

            foreach (var next in after)
            {
                foreach (var source in new[] { name + next, name + next + "rest of the line", name })
                {
                    var token = new Lexer(source).Advance();

                    Assert.Equal(TokenKind.Name, token.Kind);
                    Assert.Equal(name, token.Value);
                    Assert.Equal((0, name.Length), (token.Start, token.End));
                }
            }
        }
    }

    [Fact]
    public void Advance_TwoNamesSharingATableSlotInTurn_ReuseTheirStrings()
    {
        // "fragment" and "true" fall into the same slot of the name table (with its present hash of the characters,
        // read as vectors, hence the long rest of the line); read in turn, each must still be found
        // again rather than evict the other and cost a new string on every use. A few new strings are allowed for
        // other tests filling the same slots at the same time.
        var strings = new HashSet<string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < 1_000; i++)
        {
            var lexer = new Lexer("fragment true { followed by more than sixteen characters }");
            strings.Add(lexer.Advance().Value!);
            strings.Add(lexer.Advance().Value!);
        }

        Assert.InRange(strings.Count, 2, 20);
    }

    [Fact]
    public async Task Advance_ThousandsOfDifferentNamesOnSeveralThreads_EachTokenHoldsItsOwnName()
    {
        // Names are shared through fixed-size tables, so most of these names collide in a slot with others while
        // other threads replace the slot's entry: every token must still carry exactly the characters it was read from.
        const string nameStart = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
        const string nameContinue = nameStart + "0123456789";
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
        {
            var random = new Random(thread);
            for (var i = 0; i < 20_000; i++)
            {
                // Five families: any name up to twenty characters; names of up to four characters (which share
                // their last twelve lanes, all zero); names sharing their first four characters; names of nine to
                // fifteen characters sharing their first eight; and sharing their first twelve.
                var family = i % 5;
                var prefix = family switch
                {
                    2 => "abcd",
                    3 => "abcdefgh",
                    4 => "abcdefghijkl",
                    _ => nameStart[random.Next(nameStart.Length)].ToString(),
                };
                var length = family switch
                {
                    0 => random.Next(1, 21),
                    1 => random.Next(1, 5),
                    2 => random.Next(5, 8),
                    3 => random.Next(9, 16),
                    _ => random.Next(13, 16),
                };
                var name = prefix
                    + new string(Enumerable.Range(prefix.Length, length - prefix.Length).Select(_ => nameContinue[random.Next(nameContinue.Length)]).ToArray());
                var token = new Lexer(name + " { x }").Advance();
                if (token.Value != name || token.End != name.Length)
                {
                    return name + " read as " + token.Value;
                }
            }

            return null;
        })));

        Assert.All(results, Assert.Null);
    }

    [Fact]
    public void Advance_IndentationOfEveryWidth_GivesTheColumnAfterIt()
    {
        for (var width = 0; width <= 40; width++)
        {
            var indentation = new string(Enumerable.Range(0, width).Select(i => i % 5 == 3 ? '\t' : ' ').ToArray());
            foreach (var (text, kind) in new[] { ("{", TokenKind.BraceLeft), ("name", TokenKind.Name), ("\"s\"", TokenKind.String) })
            {
                var lexer = new Lexer("a\n" + indentation + text);
                lexer.Advance();

                var token = lexer.Advance();

                Assert.Equal(kind, token.Kind);
                Assert.Equal((2, width + 1, 2 + width), (token.Line, token.Column, token.Start));
            }

            var afterComment = new Lexer("a\n" + indentation + "# comment\n" + indentation + "z");
            afterComment.Advance();
            Assert.Equal((3, width + 1), (afterComment.Advance().Line, afterComment.Token.Column));

            var atTheEnd = new Lexer("a\n" + indentation);
            atTheEnd.Advance();
            Assert.Equal(TokenKind.EndOfFile, atTheEnd.Advance().Kind);
        }
    }

    [Theory]
    [InlineData("a\nb", 2, 1)]
    [InlineData("a\rb", 2, 1)]
    [InlineData("a\r\nb", 2, 1)]
    [InlineData("a\n\r\n\rb", 4, 1)]
    [InlineData("a\n  b", 2, 3)]
    public void Advance_LineTerminators_CountLinesAndColumns(string source, int line, int column)
    {
        var lexer = new Lexer(source);
        lexer.Advance();

        var token = lexer.Advance();

        Assert.Equal((line, column), (token.Line, token.Column));
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("1234567890123456789012345678901234567890", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4567", TokenKind.Float)]
    public void Advance_Number_KeepsTextAndKind(string source, TokenKind expected)
    {
        var token = new Lexer(source).Advance();

        Assert.Equal(expected, token.Kind);
        Assert.Equal(source, token.Value);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1234}\\u{0}\\u{00000041}\"", "\u1234\0A")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"raw \U0001F600 pair\"", "raw \U0001F600 pair")]
    [InlineData("\"bell \u0007 allowed\"", "bell \u0007 allowed")]
    [InlineData("\"\"", "")]
    public void Advance_String_ResolvesEscapes(string source, string expected)
    {
        var token = new Lexer(source).Advance();

        Assert.Equal(TokenKind.String, token.Kind);
        Assert.Equal(expected, token.Value);
        Assert.Equal(source.Length, token.End);
    }

    [Theory]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    public void Advance_BlockString_AppliesBlockStringValue(string source, string expected)
    {
        var token = new Lexer(source).Advance();

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(expected, token.Value);
    }

    [Fact]
    public void Advance_AfterMultiLineBlockString_TracksLines()
    {
        var lexer = new Lexer("\"\"\"\n  a\r\n  b\r  c\"\"\" name");
        lexer.Advance();

        var token = lexer.Advance();

        Assert.Equal((4, 8), (token.Line, token.Column));
    }

    [Fact]
    public void Lookahead_DoesNotMove_AndAdvanceReturnsTheSameToken()
    {
        var lexer = new Lexer("a\n b");
        lexer.Advance();

        var peeked = lexer.Lookahead();

        Assert.Equal("a", lexer.Token.Value);
        Assert.Equal(peeked, lexer.Advance());
        Assert.Equal(new Token(TokenKind.Name, 3, 4, 2, 2, "b"), peeked);
    }

    [Fact]
    public void Advance_AtEnd_StaysOnEndOfFile()
    {
        var lexer = new Lexer("a");
        lexer.Advance();

        var first = lexer.Advance();
        var second = lexer.Advance();

        Assert.Equal(TokenKind.EndOfFile, first.Kind);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("0xF", "Invalid number, expected digit but got: \"x\".", 1, 2)]
    [InlineData("1.2.3", "Invalid number, expected digit but got: \".\".", 1, 4)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 1, 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 1, 3)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.)", "Invalid number, expected digit but got: \")\".", 1, 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 1, 3)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 1, 5)]
    [InlineData("-", "Invalid number, expected digit but got: <EOF>.", 1, 2)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 1, 2)]
    [InlineData(".5", "Unexpected character: \".\".", 1, 1)]
    [InlineData("..", "Unexpected character: \".\".", 1, 1)]
    [InlineData("?", "Unexpected character: \"?\".", 1, 1)]
    [InlineData("\u0000", "Unexpected character: U+0000.", 1, 1)]
    [InlineData("\u203B", "Unexpected character: U+203B.", 1, 1)]
    [InlineData("\U0001F600", "Unexpected character: U+1F600.", 1, 1)]
    [InlineData("'single'", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 1)]
    [InlineData("\"abc", "Unterminated string.", 1, 5)]
    [InlineData("\"a\nb\"", "Unterminated string.", 1, 3)]
    [InlineData("\"\"\"abc", "Unterminated string.", 1, 7)]
    [InlineData("\"\\x\"", "Invalid character escape sequence: \"\\x\".", 1, 2)]
    [InlineData("\"\\u12G4\"", "Invalid Unicode escape sequence: \"\\u12G4\".", 1, 2)]
    [InlineData("\"\\u12\"", "Invalid Unicode escape sequence: \"\\u12\"\".", 1, 2)]
    [InlineData("\"\\uD800\"", "Invalid Unicode escape sequence: \"\\uD800\".", 1, 2)]
    [InlineData("\"\\uDE00\"", "Invalid Unicode escape sequence: \"\\uDE00\".", 1, 2)]
    [InlineData("\"\\uD83D\\u0041\"", "Invalid Unicode escape sequence: \"\\uD83D\".", 1, 2)]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 1, 2)]
    [InlineData("\"\\u{D800}\"", "Invalid Unicode escape sequence: \"\\u{D800}\".", 1, 2)]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".", 1, 2)]
    [InlineData("\"\\u{FFFFFFFFF}\"", "Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".", 1, 2)]
    [InlineData("\n\r\n  ~", "Unexpected character: \"~\".", 3, 3)]
    public void Advance_MalformedInput_ThrowsSyntaxErrorWithPosition(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => new Lexer(source).Advance());

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    // Lone surrogates cannot be written in attribute arguments, so these inputs are built in code.
    public static TheoryData<string, string, int> LoneSurrogateCases => new()
    {
        { "\uD800", "Invalid character: U+D800.", 1 },
        { "a \uDC00", "Invalid character: U+DC00.", 3 },
        { "\"lone \uD800 surrogate\"", "Invalid character within String: U+D800.", 7 },
        { "\"\"\"lone \uDC00\"\"\"", "Invalid character within String: U+DC00.", 9 },
        { "\"\uDE00\uD83D\"", "Invalid character within String: U+DE00.", 2 },
    };

    [Theory]
    [MemberData(nameof(LoneSurrogateCases), DisableDiscoveryEnumeration = true)]
    public void Advance_LoneSurrogate_ThrowsInvalidCharacter(string source, string message, int column)
    {
        var lexer = new Lexer(source);

        var error = Assert.Throws<GraphQLSyntaxException>(() =>
        {
            while (lexer.Advance().Kind != TokenKind.EndOfFile)
            {
            }
        });

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((1, column), (error.Line, error.Column));
    }

    [Fact]
    public void Advance_NumberFollowedByString_ReadsTwoTokens()
    {
        var lexer = new Lexer("1\"x\"");

        Assert.Equal(TokenKind.Int, lexer.Advance().Kind);
        Assert.Equal("x", lexer.Advance().Value);
    }
}
