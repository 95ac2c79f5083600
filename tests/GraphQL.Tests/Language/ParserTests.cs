using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Tests.Language;

public sealed class ParserTests
{
    // Messages, lines and columns are graphql-js 16's for the same input.
    [Theory]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{ field", "Expected Name, found <EOF>.", 1, 8)]
    [InlineData("}", "Unexpected \"}\".", 1, 1)]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{ ...on }", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("query Q($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 1, 19)]
    [InlineData("query Q($a: Int @d(x: $b)) { a }", "Unexpected variable \"$b\" in constant value.", 1, 23)]
    [InlineData("input I { a: Int = $v }", "Unexpected variable \"$v\" in constant value.", 1, 20)]
    [InlineData("query Q($a: Int = $) { a }", "Unexpected \"$\".", 1, 19)]
    [InlineData("{ a(x: 0xF) }", "Invalid number, expected digit but got: \"x\".", 1, 9)]
    [InlineData("{ a(x: 1.2.3) }", "Invalid number, expected digit but got: \".\".", 1, 11)]
    [InlineData("\n\n  { a(x: @) }", "Unexpected \"@\".", 3, 10)]
    [InlineData("{\r\n  a\r\n  b(x: ?)\r\n}", "Unexpected character: \"?\".", 3, 8)]
    [InlineData("\"desc\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"desc\" extend type A @d", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("type A {}", "Expected Name, found \"}\".", 1, 9)]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.", 1, 10)]
    [InlineData("extend type A", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend interface A", "Unexpected <EOF>.", 1, 19)]
    [InlineData("extend union A", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend enum A", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend input A", "Unexpected <EOF>.", 1, 15)]
    [InlineData("extend schema", "Unexpected <EOF>.", 1, 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 1, 16)]
    [InlineData("extend foo A", "Unexpected Name \"foo\".", 1, 8)]
    [InlineData("directive @d on FOO", "Unexpected Name \"FOO\".", 1, 17)]
    [InlineData("directive @d(a: Int) FIELD", "Expected \"on\", found Name \"FIELD\".", 1, 22)]
    [InlineData("union U = | ", "Expected Name, found <EOF>.", 1, 13)]
    [InlineData("query Q { a } }", "Unexpected \"}\".", 1, 15)]
    [InlineData("type A implements { a: Int }", "Expected Name, found \"{\".", 1, 19)]
    [InlineData("{ a(x: $) }", "Expected Name, found \")\".", 1, 9)]
    [InlineData("{ a(x: [1, 2) }", "Unexpected \")\".", 1, 13)]
    [InlineData("{ a(x: {b 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ a(x: \"s\" \"t\") }", "Expected Name, found String \"t\".", 1, 12)]
    [InlineData("query Q($a Int) { a }", "Expected \":\", found Name \"Int\".", 1, 12)]
    [InlineData("notakeyword { a }", "Unexpected Name \"notakeyword\".", 1, 1)]
    [InlineData("{ a @d(x: 1 }", "Expected Name, found \"}\".", 1, 13)]
    [InlineData("schema { query Q }", "Expected \":\", found Name \"Q\".", 1, 16)]
    [InlineData("schema { foo: Q }", "Unexpected Name \"foo\".", 1, 10)]
    [InlineData("{ a(x: \"abc) }", "Unterminated string.", 1, 15)]
    [InlineData("{ a(x: 'single') }", "Unexpected single quote character ('), did you mean to use a double quote (\")?", 1, 8)]
    public void Parse_InvalidDocument_ThrowsGraphQLJsMessageAtLineAndColumn(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(message, error.Description);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_KitchenSinkQuery_ParsesEveryDefinition()
    {
        var document = Parser.Parse(GoldenFiles.Read("kitchen-sink.graphql"));

        Assert.Equal(
            [
                NodeKind.OperationDefinition, NodeKind.OperationDefinition, NodeKind.OperationDefinition, NodeKind.OperationDefinition,
                NodeKind.FragmentDefinition, NodeKind.FragmentDefinition, NodeKind.OperationDefinition, NodeKind.OperationDefinition,
                NodeKind.OperationDefinition,
            ],
            document.Definitions.Select(definition => definition.Kind));
        var subscription = Assert.IsType<OperationDefinitionNode>(document.Definitions[2]);
        Assert.Equal(OperationType.Subscription, subscription.Operation);
        Assert.Equal("onVariableDefinition", subscription.VariableDefinitions[0].Directives[0].Name.Value);
        var described = Assert.IsType<OperationDefinitionNode>(document.Definitions[3]);
        Assert.Equal("Fetches a single story.", described.Description?.Value);
        Assert.Equal("The story to fetch.", described.VariableDefinitions[0].Description?.Value);
    }

    [Fact]
    public void Parse_KitchenSinkSchema_ParsesEveryTypeSystemDefinitionAndExtension()
    {
        var document = Parser.Parse(GoldenFiles.Read("kitchen-sink-schema.graphql"));

        var kinds = document.Definitions.Select(definition => definition.Kind).ToHashSet();
        foreach (var kind in new[]
        {
            NodeKind.SchemaDefinition, NodeKind.ObjectTypeDefinition, NodeKind.ObjectTypeExtension, NodeKind.InterfaceTypeDefinition,
            NodeKind.InterfaceTypeExtension, NodeKind.UnionTypeDefinition, NodeKind.UnionTypeExtension, NodeKind.ScalarTypeDefinition,
            NodeKind.ScalarTypeExtension, NodeKind.EnumTypeDefinition, NodeKind.EnumTypeExtension, NodeKind.InputObjectTypeDefinition,
            NodeKind.InputObjectTypeExtension, NodeKind.DirectiveDefinition, NodeKind.SchemaExtension,
        })
        {
            Assert.Contains(kind, kinds);
        }

        var baz = document.Definitions.OfType<InterfaceTypeDefinitionNode>().Single(type => type.Name.Value == "Baz");
        Assert.Equal(["Bar", "Two"], baz.Interfaces.Select(type => type.Name.Value));
        var repeatable = document.Definitions.OfType<DirectiveDefinitionNode>().Single(directive => directive.Name.Value == "myRepeatableDir");
        Assert.True(repeatable.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], repeatable.Locations.Select(location => location.Value));
    }

    [Fact]
    public void Parse_Field_BuildsTheExpectedTree()
    {
        var document = Parser.Parse("{ alias: field(arg: [1, $v], obj: {a: \"s\"}) @skip(if: true) { sub } }", new ParserOptions { NoLocation = true });

        var expected = new DocumentNode(
        [
            new OperationDefinitionNode(
                OperationType.Query,
                null,
                null,
                [],
                [],
                new SelectionSetNode(
                [
                    new FieldNode(
                        new NameNode("alias"),
                        new NameNode("field"),
                        [
                            new ArgumentNode(new NameNode("arg"), new ListValueNode([new IntValueNode("1"), new VariableNode(new NameNode("v"))])),
                            new ArgumentNode(new NameNode("obj"), new ObjectValueNode([new ObjectFieldNode(new NameNode("a"), new StringValueNode("s", false))])),
                        ],
                        [new DirectiveNode(new NameNode("skip"), [new ArgumentNode(new NameNode("if"), new BooleanValueNode(true))])],
                        new SelectionSetNode([new FieldNode(null, new NameNode("sub"), [], [], null)])),
                ])),
        ]);
        Assert.Equal(expected, document);
        Assert.Null(document.Location);
    }

    [Fact]
    public void Parse_Locations_CoverEachNodeFromItsFirstToItsLastToken()
    {
        var document = Parser.Parse("# comment\nquery Q {\n  node(id: 4) { id }\n}\n");

        var operation = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]);
        var field = Assert.IsType<FieldNode>(operation.SelectionSet.Selections[0]);
        Assert.Equal(new Location(0, 43, 1, 1), document.Location);
        Assert.Equal(new Location(10, 42, 2, 1), operation.Location);
        Assert.Equal(new Location(22, 40, 3, 3), field.Location);
        Assert.Equal(new Location(27, 32, 3, 8), field.Arguments[0].Location);
    }

    [Fact]
    public void Location_SetInCode_IsKeptAndCanBeCleared()
    {
        var name = new NameNode("id") { Location = new Location(3, 5, 1, 4) };

        Assert.Equal(new Location(3, 5, 1, 4), name.Location);
        Assert.Null((name with { Location = null }).Location);
        Assert.Null(new NameNode("id").Location);
    }

    [Fact]
    public void Location_WithLineBelowOne_IsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new NameNode("id") { Location = new Location(0, 2, 0, 1) });

        Assert.Contains("counts from 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FragmentsAndInlineFragments_DistinguishesSpreadFromInline()
    {
        var document = Parser.Parse("{ ... { a } ... on T { b } ...F @d ... @include(if: $x) { c } } fragment F on T { d }");

        var selections = Assert.IsType<OperationDefinitionNode>(document.Definitions[0]).SelectionSet.Selections;
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[0]).TypeCondition);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition?.Name.Value);
        Assert.Equal("d", Assert.IsType<FragmentSpreadNode>(selections[2]).Directives[0].Name.Value);
        Assert.Equal("include", Assert.IsType<InlineFragmentNode>(selections[3]).Directives[0].Name.Value);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
    }

    [Fact]
    public void Parse_KeywordsAsNames_AreAllowedWhereANameIsExpected()
    {
        var document = Parser.Parse("query query($query: query = query) { query: mutation(on: fragment) fragment subscription type }");

        Assert.Equal(document, Parser.Parse(Printer.Print(document)));
    }

    [Fact]
    public void Parse_UnionWithLeadingPipeAndInterfaceWithLeadingAmp_AreAccepted()
    {
        var document = Parser.Parse("union U = | A | B interface I implements & J & K { a: Int }");

        Assert.Equal(2, Assert.IsType<UnionTypeDefinitionNode>(document.Definitions[0]).Types.Count);
        Assert.Equal(2, Assert.IsType<InterfaceTypeDefinitionNode>(document.Definitions[1]).Interfaces.Count);
    }

    [Fact]
    public void Parse_TypeReferences_NestListAndNonNull()
    {
        var type = Parser.ParseType("[[Int!]]!");

        var expected = new NonNullTypeNode(new ListTypeNode(new ListTypeNode(new NonNullTypeNode(new NamedTypeNode(new NameNode("Int"))))));
        Assert.Equal(expected, type);
    }

    [Fact]
    public void ParseValue_Variable_IsAllowed_ButParseConstValueRefusesIt()
    {
        Assert.IsType<VariableNode>(Parser.ParseValue("$x"));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[$x]"));

        Assert.Equal("Syntax Error: Unexpected variable \"$x\" in constant value.", error.Message);
    }

    [Fact]
    public void ParseValue_TrailingTokens_AreRefused()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2"));

        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", error.Message);
    }

    [Fact]
    public void Parse_MoreTokensThanTheLimit_IsRefusedAtTheFirstTokenBeyondIt()
    {
        var options = new ParserOptions { MaxTokens = 4 };

        Assert.NotNull(Parser.Parse("{ a b }", options));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b c }", options));

        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
        Assert.Equal((1, 9), (error.Line, error.Column));
    }

    [Fact]
    public void Parse_CommentsAndCommas_DoNotCountAsTokens()
    {
        var options = new ParserOptions { MaxTokens = 3 };

        var document = Parser.Parse("# one\n{,,, a # two\n}", options);

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void Parse_NestingDeeperThanTheLimit_IsRefused()
    {
        var options = new ParserOptions { MaxDepth = 3 };

        Assert.NotNull(Parser.Parse("{ a { b { c } } }", options));
        var selections = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { b { c { d } } } }", options));
        var values = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(x: [[[[1]]]]) }", options));
        var types = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("query($x: [[[[Int]]]]) { a }", options));

        Assert.Equal("Syntax Error: Document nesting exceeds the maximum depth of 3. Parsing aborted.", selections.Message);
        Assert.Equal((1, 13), (selections.Line, selections.Column));
        Assert.Contains("maximum depth", values.Message, StringComparison.Ordinal);
        Assert.Contains("maximum depth", types.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DeeplyNestedHostileDocument_FailsFastWithoutStackOverflow()
    {
        var source = new string('[', 100_000);

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(source));

        Assert.Contains("maximum depth of 128", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EqualDocumentsAtDifferentPositions_AreEqual()
    {
        var first = Parser.Parse("{ a(x: 1) }");
        var second = Parser.Parse("\n\n   {\n a ( x : 1 , ) }");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first, Parser.Parse("{ a(x: 2) }"));
    }
}
