using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Tests.Language;

public sealed class AstWalkerTests
{
    [Fact]
    public void Walk_Document_EntersAndLeavesEveryNodeInSourceOrder()
    {
        var document = Parser.Parse("query Q($v: Int) { a(x: $v) ...F } fragment F on T { b @d }");
        var walker = new RecordingWalker();

        walker.Walk(document);

        Assert.Equal(
            ["Q", "v", "Int", "a", "x", "v", "F", "F", "T", "b", "d"],
            walker.Names);
        Assert.Equal(walker.Entered, walker.Left.Count);
    }

    [Fact]
    public void Walk_EnterReturnsFalse_SkipsTheChildren()
    {
        var document = Parser.Parse("{ a { b } c }");
        var walker = new RecordingWalker { Skip = NodeKind.SelectionSet };

        walker.Walk(document);

        Assert.Empty(walker.Names);
    }

    [Fact]
    public void Children_Field_ListsAliasNameArgumentsDirectivesAndSelectionSet()
    {
        var field = Assert.IsType<FieldNode>(
            Assert.IsType<OperationDefinitionNode>(Parser.Parse("{ al: f(x: 1) @d { g } }").Definitions[0]).SelectionSet.Selections[0]);

        Assert.Equal(
            [NodeKind.Name, NodeKind.Name, NodeKind.Argument, NodeKind.Directive, NodeKind.SelectionSet],
            field.Children.Select(child => child.Kind));
    }

    private sealed class RecordingWalker : AstWalker
    {
        public List<string> Names { get; } = [];

        public List<Node> Left { get; } = [];

        public int Entered { get; private set; }

        public NodeKind? Skip { get; init; }

        protected override bool Enter(Node node)
        {
            Entered++;
            if (node.Kind == Skip)
            {
                Left.Add(node);
                return false;
            }

            if (node is NameNode name)
            {
                Names.Add(name.Value);
            }

            return true;
        }

        protected override void Leave(Node node) => Left.Add(node);
    }
}
