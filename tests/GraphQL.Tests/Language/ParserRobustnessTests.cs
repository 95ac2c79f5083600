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

    [Fact]
    public void Parse_AfterASyntaxErrorDeepInLists_GivesTheSameTreeAsBefore()
    {
        // The parser of a thread is reused: a parse abandoned inside nested lists must leave nothing behind.
        var source = GoldenFiles.Read("kitchen-sink.graphql");
        var before = Parser.Parse(source);

        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query Q($a: [Int] = [1, 2, {x: [3, 4, "));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("[1, 2, [3, {a: 1, b: "));
        var after = Parser.Parse(source);

        Assert.Equal(before, after);
        Assert.Equal(Printer.Print(before), Printer.Print(after));
        Assert.Equal(before.Location, after.Location);
    }

    [Fact]
    public void Parse_WithDifferentOptionsOneAfterAnother_AppliesEachCallsOwnOptions()
    {
        var deep = "{ a { b { c { d } } } }";

        Assert.NotNull(Parser.Parse(deep, new ParserOptions { NoLocation = true }).Definitions[0]);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(deep, new ParserOptions { MaxDepth = 3 }));
        Assert.Contains("maximum depth of 3", error.Message, StringComparison.Ordinal);
        var located = Parser.Parse(deep);

        Assert.NotNull(located.Location);
        Assert.Null(Parser.Parse(deep, new ParserOptions { NoLocation = true }).Location);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(deep, new ParserOptions { MaxTokens = 5 }));
        Assert.Equal(located, Parser.Parse(deep));
    }

    [Fact]
    public async Task Parse_OnManyThreadsAtOnce_EachGetsItsOwnDocument()
    {
        var sources = Enumerable.Range(0, 16)
            .Select(i => $"query Q{i}($v: Int = {i}) {{ f{i}(a: [{i}, {i + 1}]) {{ g h{i} }} }}")
            .ToArray();
        var expected = sources.Select(source => Printer.Print(Parser.Parse(source))).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(worker => Task.Run(() =>
        {
            for (var round = 0; round < 200; round++)
            {
                var index = (worker + round) % sources.Length;
                if (Printer.Print(Parser.Parse(sources[index])) != expected[index])
                {
                    return false;
                }
            }

            return true;
        })));

        Assert.All(results, Assert.True);
    }
}
