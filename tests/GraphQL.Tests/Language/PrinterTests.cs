using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Tests.Language;

public sealed class PrinterTests
{
    [Theory]
    [InlineData("kitchen-sink.graphql", "kitchen-sink.printed.graphql")]
    [InlineData("kitchen-sink-schema.graphql", "kitchen-sink-schema.printed.graphql")]
    public void Print_KitchenSink_MatchesGraphQLJsOutput(string input, string expected)
    {
        var document = Parser.Parse(GoldenFiles.Read(input));

        Assert.Equal(GoldenFiles.Read(expected), Printer.Print(document));
    }

    [Theory]
    [InlineData("kitchen-sink.graphql")]
    [InlineData("kitchen-sink-schema.graphql")]
    public void Print_ThenParse_GivesAnEqualDocumentAndStablePrint(string input)
    {
        var document = Parser.Parse(GoldenFiles.Read(input));
        var printed = Printer.Print(document);

        var reparsed = Parser.Parse(printed);

        Assert.Equal(document, reparsed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    // Expected outputs are graphql-js 16 print(parse(source)).
    [Theory]
    [InlineData("query { a }", "{\n  a\n}")]
    [InlineData("query Q { a }", "query Q {\n  a\n}")]
    [InlineData("query @d { a }", "query @d {\n  a\n}")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int) {\n  a\n}")]
    [InlineData("mutation { a }", "mutation {\n  a\n}")]
    [InlineData("subscription S { a }", "subscription S {\n  a\n}")]
    [InlineData("{ a(s: \"\"\"  leading space\"\"\") }", "{\n  a(s: \"\"\"  leading space\"\"\")\n}")]
    [InlineData("{ a(s: \"\"\"first\n  indented\"\"\") }", "{\n  a(s: \"\"\"\n  first\n  indented\n  \"\"\")\n}")]
    [InlineData("{ a(s: \"\"\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\"\") }", "{\n  a(\n    s: \"\"\"\n    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\n    \"\"\"\n  )\n}")]
    [InlineData("{ a { b { c(x: \"\"\"line1\nline2\"\"\") } } }", "{\n  a {\n    b {\n      c(x: \"\"\"\n      line1\n      line2\n      \"\"\")\n    }\n  }\n}")]
    [InlineData("{ a(s: \"\\u0000\\u007f\\u0080\\u009f\\u00a0 \\u001f\\b\\f\") }", "{\n  a(s: \"\\u0000\\u007F\\u0080\\u009F\u00a0 \\u001F\\b\\f\")\n}")]
    [InlineData("{ a(list: [], obj: {}, nested: {a: [{b: null}], c: ENUM}, f: -1.5e-3, v: $v) }", "{\n  a(list: [], obj: {}, nested: {a: [{b: null}], c: ENUM}, f: -1.5e-3, v: $v)\n}")]
    [InlineData("type T { f(\"d\" a: Int): Int }", "type T {\n  f(\n    \"d\"\n    a: Int\n  ): Int\n}")]
    [InlineData("query Q(\"d\" $a: Int, $b: Int) { a }", "query Q(\n\"d\"\n$a: Int\n$b: Int\n) {\n  a\n}")]
    [InlineData("query Q($a: [Int!]! = [1] @d, $b: Int) { a }", "query Q($a: [Int!]! = [1] @d, $b: Int) {\n  a\n}")]
    [InlineData("fragment F on T @d { a }", "fragment F on T @d {\n  a\n}")]
    [InlineData("\"\"\"  \"\"\" scalar S", "\"\"\"\"\"\"\nscalar S")]
    [InlineData("{ a(s: \"\"\"contains \\\"\"\" inside\"\"\") }", "{\n  a(s: \"\"\"contains \\\"\"\" inside\"\"\")\n}")]
    [InlineData("{ a(s: \"\"\"ends with \\\"\"\"\"\"\") }", "{\n  a(s: \"\"\"\n  ends with \\\"\"\"\n  \"\"\")\n}")]
    [InlineData("{ a(s: \"\"\"ends with quote\" \"\"\") }", "{\n  a(s: \"\"\"ends with quote\" \"\"\")\n}")]
    [InlineData("{ aVeryLongFieldAliasName: aVeryLongFieldName(argumentNumberOne: 1, argumentNumberTwo: 2) @d }", "{\n  aVeryLongFieldAliasName: aVeryLongFieldName(\n    argumentNumberOne: 1\n    argumentNumberTwo: 2\n  ) @d\n}")]
    [InlineData("{ aVeryLongFieldAliasName: aVeryLongFieldName(argumentNumberOne: 1, argu: 22) }", "{\n  aVeryLongFieldAliasName: aVeryLongFieldName(argumentNumberOne: 1, argu: 22)\n}")]
    [InlineData("{ aVeryLongFieldAliasName: aVeryLongFieldName(argumentNumberOne: 1, argu: 2) }", "{\n  aVeryLongFieldAliasName: aVeryLongFieldName(argumentNumberOne: 1, argu: 2)\n}")]
    [InlineData("{ ... on T @d { a } ... @d { b } ...F @d }", "{\n  ... on T @d {\n    a\n  }\n  ... @d {\n    b\n  }\n  ...F @d\n}")]
    [InlineData("directive @d(\"a\" a: Int, b: Int) repeatable on FIELD | QUERY", "directive @d(\n  \"a\"\n  a: Int\n  b: Int\n) repeatable on FIELD | QUERY")]
    [InlineData("extend schema @d { query: Q }", "extend schema @d {\n  query: Q\n}")]
    [InlineData("type T implements I & J @d { a: Int }", "type T implements I & J @d {\n  a: Int\n}")]
    [InlineData("union U @d = A | B", "union U @d = A | B")]
    [InlineData("extend union U = C", "extend union U = C")]
    [InlineData("{ aVeryLongFieldAliasName: aVeryLongFieldName(argumentNumberOne: 1, b: 1234567890) }", "{\n  aVeryLongFieldAliasName: aVeryLongFieldName(argumentNumberOne: 1, b: 1234567890)\n}")]
    [InlineData("{ aVeryLongFieldAliasName: aVeryLongFieldName(argumentNumberOne: 1, b: 12345678901) }", "{\n  aVeryLongFieldAliasName: aVeryLongFieldName(\n    argumentNumberOne: 1\n    b: 12345678901\n  )\n}")]
    public void Print_Document_MatchesGraphQLJs(string source, string expected)
    {
        var document = Parser.Parse(source);

        var printed = Printer.Print(document);

        Assert.Equal(expected, printed);
        Assert.Equal(document, Parser.Parse(printed));
    }

    [Theory]
    [InlineData("[1, \"a\", {b: $c}]")]
    [InlineData("{a: [true, false, null, ENUM, 1.5]}")]
    public void Print_Value_PrintsTheLiteral(string source)
    {
        Assert.Equal(source, Printer.Print(Parser.ParseValue(source)));
    }

    [Theory]
    [InlineData("String")]
    [InlineData("[String!]!")]
    [InlineData("[[Int]!]")]
    public void Print_Type_PrintsTheReference(string source)
    {
        Assert.Equal(source, Printer.Print(Parser.ParseType(source)));
    }

    [Fact]
    public void Print_NodesBuiltInCode_PrintsWithoutLocations()
    {
        var field = new FieldNode(null, new NameNode("hello"), [], [], null);
        var document = new DocumentNode([new OperationDefinitionNode(OperationType.Query, null, null, [], [], new SelectionSetNode([field]))]);

        Assert.Equal("{\n  hello\n}", Printer.Print(document));
        Assert.Equal("{\n  hello\n}", document.Definitions[0].ToString());
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and \\ backslash", "\"quote \\\" and \\\\ backslash\"")]
    [InlineData("\u0000\u001F\u007F\u009F\u00A0", "\"\\u0000\\u001F\\u007F\\u009F\u00A0\"")]
    [InlineData("\b\t\n\f\r", "\"\\b\\t\\n\\f\\r\"")]
    public void PrintString_ControlAndSpecialCharacters_AreEscapedAsGraphQLJs(string value, string expected)
    {
        Assert.Equal(expected, Printer.PrintString(value));
    }
}
