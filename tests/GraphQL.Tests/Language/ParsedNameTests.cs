using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Tests.Language;

/// <summary>
/// Names of parsed nodes: every name node has its token's location and text, however the source spaces it, and a
/// parsed node behaves like the same node built in code.
/// </summary>
public sealed class ParsedNameTests
{
    // Every kind of node that has a name, each once with the name right after its sigil and once with blanks,
    // a comment or a line break in between; aliases on the line before their field name; operation and fragment
    // names one or more blanks after their keyword, after a description, and on the line after their keyword.
    private const string Document = """"
        query Q($v: [In!] = [{a: 1, b: {c: RED}}], $ w: T @dir(x: 1), $
          # a comment
          x: U) @op {
          alias:
            field(arg: $v, other: { key: $w, nested: {deep: $ v} }) @skip(if: $x) @  include(if: true) {
            ...F
            ... G @d
            ...
              H
            ... on T { inner }
            plain
          }
        }
        fragment F on T { a }
        "described" query   Spaced { a }
        """
        described above
        """
        query
          NextLine { a }
        fragment   G on T { b }
        fragment
          H on T { c }
        type T implements I & J @key(fields: "a") { f(a: In = {x: 1}): U @deprecated }
        directive @key(fields: String!) repeatable on OBJECT | INTERFACE
        """";

    [Fact]
    public void Parse_EveryNameNode_HasTheLocationOfItsToken()
    {
        var document = Parser.Parse(Document);

        var names = NamesIn(document).ToList();
        Assert.True(names.Count >= 50, $"only {names.Count} names found");
        foreach (var name in names)
        {
            var location = Assert.NotNull(name.Location);
            Assert.Equal(name.Value, Document[location.Start..location.End]);
            Assert.Equal(LineAndColumn(location.Start), (location.Line, location.Column));
        }
    }

    [Fact]
    public void Parse_WithoutLocations_NamesHaveNone()
    {
        var document = Parser.Parse(Document, new ParserOptions { NoLocation = true });

        Assert.All(NamesIn(document), name => Assert.Null(name.Location));
    }

    [Fact]
    public void Parse_NamesReadAsText_AreTheNamesOfTheirNodes()
    {
        var field = FirstField("{ alias: field(arg: $v, obj: {k: 1}) @skip(if: $x) { ...F ... on T { a } } }");

        Assert.Equal(("alias", "field", "alias"), (field.AliasValue, field.NameValue, field.ResponseKey));
        Assert.Equal(field.Alias?.Value, field.AliasValue);
        Assert.Equal(field.Name.Value, field.NameValue);
        Assert.Equal("arg", field.Arguments[0].NameValue);
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[0].Value).NameValue);
        Assert.Equal("k", Assert.IsType<ObjectValueNode>(field.Arguments[1].Value).Fields[0].NameValue);
        Assert.Equal("skip", field.Directives[0].NameValue);
        Assert.Equal("F", Assert.IsType<FragmentSpreadNode>(field.SelectionSet!.Selections[0]).NameValue);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(field.SelectionSet.Selections[1]).TypeCondition!.NameValue);
        var unaliased = FirstField("{ field }");
        Assert.Equal((null, "field"), (unaliased.AliasValue, unaliased.ResponseKey));
        Assert.Null(unaliased.Alias);
    }

    [Fact]
    public void ParsedField_EqualsTheSameFieldBuiltInCode_AndHashesAlike()
    {
        var parsed = FirstField("{ a: b(c: $d) @e }");
        var built = new FieldNode(
            new NameNode("a"),
            new NameNode("b"),
            [new ArgumentNode(new NameNode("c"), new VariableNode(new NameNode("d")))],
            [new DirectiveNode(new NameNode("e"), [])],
            null);

        Assert.Equal(built, parsed);
        Assert.Equal(parsed, built);
        Assert.Equal(built.GetHashCode(), parsed.GetHashCode());
        Assert.NotEqual(built with { Alias = new NameNode("z") }, parsed);
        Assert.NotEqual(built, FirstField("{ b(c: $d) @e }"));
    }

    [Fact]
    public void ParsedField_CopiedWithAnotherAlias_KeepsItsNameAndArguments()
    {
        var parsed = FirstField("{ b(c: 1) }");

        var copy = parsed with { Alias = new NameNode("a") };

        Assert.Equal(("a", "b", "a"), (copy.AliasValue, copy.NameValue, copy.ResponseKey));
        Assert.Equal("b", copy.Name.Value);
        Assert.Equal(parsed.Arguments, copy.Arguments);
        Assert.Null(parsed.AliasValue);
    }

    [Fact]
    public void ParsedDefinitions_NamedWithOtherSpacing_AreEqual_AndReadTheirNamesAsText()
    {
        var tight = Parser.Parse("query Q { a } fragment F on T { b }");
        var spaced = Parser.Parse("query    Q { a }\nfragment\n  F on T { b }");
        var built = new DocumentNode(
        [
            new OperationDefinitionNode(OperationType.Query, null, new NameNode("Q"), [], [], new SelectionSetNode([new FieldNode(null, new NameNode("a"), [], [], null)])),
            new FragmentDefinitionNode(null, new NameNode("F"), new NamedTypeNode(new NameNode("T")), [], new SelectionSetNode([new FieldNode(null, new NameNode("b"), [], [], null)])),
        ]);

        Assert.Equal(built, tight);
        Assert.Equal(tight, spaced);
        Assert.Equal(tight.GetHashCode(), spaced.GetHashCode());
        var operation = (OperationDefinitionNode)spaced.Definitions[0];
        var fragment = (FragmentDefinitionNode)spaced.Definitions[1];
        Assert.Equal(("Q", "F"), (operation.NameValue, fragment.NameValue));
        Assert.Null(((OperationDefinitionNode)Parser.Parse("{ a }").Definitions[0]).NameValue);
        Assert.Equal("R", (operation with { Name = new NameNode("R") }).Name!.Value);
        Assert.Null((operation with { Name = null }).NameValue);
        Assert.NotEqual(operation, operation with { Name = new NameNode("R") });
    }

    [Fact]
    public void ParsedName_AskedForTwice_IsTheSameNode()
    {
        var field = FirstField("{ a: b }");

        Assert.Same(field.Name, field.Name);
        Assert.Same(field.Alias, field.Alias);
        var fragment = (FragmentDefinitionNode)Parser.Parse("fragment F on T { a }").Definitions[0];
        Assert.Same(fragment.Name, fragment.Name);
    }

    [Fact]
    public void ParsedNames_AskedForByManyThreadsAtOnce_AreOneNodeEach()
    {
        var source = "{ " + string.Join(' ', Enumerable.Range(0, 10_000).Select(i => $"f{i % 64}")) + " }";
        for (var round = 0; round < 5; round++)
        {
            var fields = ((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections.Cast<FieldNode>().ToArray();
            var seen = new NameNode[4][];
            using var start = new Barrier(seen.Length);

            Parallel.For(0, seen.Length, new ParallelOptions { MaxDegreeOfParallelism = seen.Length }, thread =>
            {
                var names = new NameNode[fields.Length];
                start.SignalAndWait();
                for (var i = 0; i < fields.Length; i++)
                {
                    names[i] = fields[i].Name;
                }

                seen[thread] = names;
            });

            for (var i = 0; i < fields.Length; i++)
            {
                var name = fields[i].Name;
                Assert.True(seen.All(names => ReferenceEquals(names[i], name)), $"round {round}: field {i} gave different name nodes to different threads");
            }
        }
    }

    private static FieldNode FirstField(string source) =>
        (FieldNode)((OperationDefinitionNode)Parser.Parse(source).Definitions[0]).SelectionSet.Selections[0];

    private static IEnumerable<NameNode> NamesIn(Node node) =>
        node is NameNode name ? [name] : node.Children.SelectMany(NamesIn);

    private static (int Line, int Column) LineAndColumn(int offset)
    {
        var lineStart = offset == 0 ? 0 : Document.LastIndexOf('\n', offset - 1) + 1;
        return (Document[..offset].Count(character => character == '\n') + 1, offset - lineStart + 1);
    }
}
