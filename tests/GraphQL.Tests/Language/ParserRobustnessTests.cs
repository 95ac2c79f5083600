using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Tests.Language;

public sealed class ParserRobustnessTests
{
    private const string Alphabet = "{}()[]:=@$!&|.,\"\\#'-+eE0123456789 abconquery fragment type extend \n\r\t\uFEFF\u00E9\uD83D\uDE00\uD800u";

    [Fact]
    public void Parse_RandomInput_EitherParsesOrThrowsSyntaxError()
    {
        var random = new Random(20250901);
        var buffer = new char[64];
        for (var iteration = 0; iteration < 20_000; iteration++)
        {
            var length = random.Next(1, buffer.Length);
            for (var i = 0; i < length; i++)
            {
                buffer[i] = Alphabet[random.Next(Alphabet.Length)];
            }

            var source = new string(buffer, 0, length);
            try
            {
                var document = Parser.Parse(source);
                Assert.Equal(document, Parser.Parse(Printer.Print(document)));
            }
            catch (GraphQLSyntaxException error)
            {
                Assert.InRange(error.Position, 0, source.Length);
                Assert.True(error.Line >= 1 && error.Column >= 1, source);
            }
        }
    }

    [Fact]
    public void Parse_TruncatedKitchenSink_OnlyEverThrowsSyntaxErrors()
    {
        var source = GoldenFiles.Read("kitchen-sink.graphql") + GoldenFiles.Read("kitchen-sink-schema.graphql");

        for (var length = 0; length < source.Length; length += 7)
        {
            try
            {
                Parser.Parse(source[..length]);
            }
            catch (GraphQLSyntaxException error)
            {
                Assert.InRange(error.Position, 0, length);
            }
        }
    }
}
