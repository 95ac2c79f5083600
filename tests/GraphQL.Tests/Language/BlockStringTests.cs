using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Fact]
    public void Dedent_SpecExample_RemovesCommonIndentAndBlankEdgeLines()
    {
        string[] lines = ["", "    Hello,", "      World!", "", "    Yours,", "      GraphQL.", ""];

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", BlockString.Dedent(lines));
    }

    [Fact]
    public void Dedent_WhitespaceOnlyEdgeLines_AreRemoved()
    {
        string[] lines = ["  ", "\t", "    value", "  \t  ", "   "];

        Assert.Equal("value", BlockString.Dedent(lines));
    }

    [Fact]
    public void Dedent_FirstLine_KeepsItsIndentationAndDoesNotSetTheCommonIndent()
    {
        string[] lines = ["  first", "      second", "        third"];

        Assert.Equal("  first\nsecond\n  third", BlockString.Dedent(lines));
    }

    [Fact]
    public void Dedent_BlankInnerLinesShorterThanTheIndent_BecomeEmpty()
    {
        string[] lines = ["", "    a", "  ", "    b"];

        Assert.Equal("a\n\nb", BlockString.Dedent(lines));
    }

    [Fact]
    public void Dedent_TrailingSpacesAndTabIndent_ArePreserved()
    {
        string[] lines = ["", "\t\ta  ", "\t\t\tb "];

        Assert.Equal("a  \n\tb ", BlockString.Dedent(lines));
    }

    [Fact]
    public void Dedent_OnlyBlankLines_GivesEmptyString()
    {
        Assert.Equal(string.Empty, BlockString.Dedent(["  ", "", "\t"]));
    }

    // Expected literals are graphql-js 16 printBlockString output.
    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("  leading space", "\"\"\"  leading space\"\"\"")]
    [InlineData("trailing space  ", "\"\"\"trailing space  \"\"\"")]
    [InlineData("first\n  indented", "\"\"\"\nfirst\n  indented\n\"\"\"")]
    [InlineData("  all\n  indented", "\"\"\"\n  all\n  indented\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("ends with \\", "\"\"\"\nends with \\\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData("line1\nline2", "\"\"\"\nline1\nline2\n\"\"\"")]
    [InlineData("\ttab", "\"\"\"\ttab\"\"\"")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "\"\"\"\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n\"\"\"")]
    public void Print_Value_MatchesGraphQLJs(string value, string expected)
    {
        Assert.Equal(expected, BlockString.Print(value));
    }

    [Theory]
    [InlineData("")]
    [InlineData("simple")]
    [InlineData("first\n  indented")]
    [InlineData("has \"\"\" inside")]
    [InlineData("ends with \"")]
    [InlineData("x\n\ny")]
    public void Print_PrintableValue_LexesBackToTheSameValue(string value)
    {
        Assert.True(BlockString.IsPrintable(value));

        var token = new Lexer(BlockString.Print(value)).Advance();

        Assert.Equal(value, token.Value);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("no\n  common", true)]
    [InlineData("x\n\ny", true)]
    [InlineData("\n leading newline", false)]
    [InlineData("trailing newline\n", false)]
    [InlineData("a\rb", false)]
    [InlineData("bell\u0007", false)]
    [InlineData("  common\n  indent", false)]
    public void IsPrintable_Value_MatchesGraphQLJs(string value, bool expected)
    {
        Assert.Equal(expected, BlockString.IsPrintable(value));
    }
}
