using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Tests.Language;

public sealed class NodeListTests
{
    private static readonly NameNode A = new("a");
    private static readonly NameNode B = new("b");

    public static TheoryData<int> Lengths => [0, 1, 2, 5];

    [Theory]
    [MemberData(nameof(Lengths))]
    public void EveryWayOfReading_SeesTheSameItemsInOrder(int length)
    {
        var items = Enumerable.Range(0, length).Select(i => new NameNode("n" + i)).ToArray();
        NodeList<NameNode> list = [.. items];

        Assert.Equal(length, list.Count);
        Assert.Equal(items, list.AsSpan().ToArray());
        Assert.Equal(items, Enumerable.Range(0, length).Select(i => list[i]));
        Assert.Equal(items, list.ToList());
        Assert.Equal(items, ((System.Collections.IEnumerable)list).Cast<NameNode>());

        var seen = new List<NameNode>();
        foreach (var item in list)
        {
            seen.Add(item);
        }

        Assert.Equal(items, seen);
        Assert.Throws<IndexOutOfRangeException>(() => list[length]);
        Assert.Throws<IndexOutOfRangeException>(() => list[-1]);
    }

    [Fact]
    public void OneItemLists_CompareByContent_WhateverTheyWereBuiltFrom()
    {
        NodeList<NameNode> built = [A];
        var parsed = ((OperationDefinitionNode)Parser.Parse("{ a }").Definitions[0]).SelectionSet.Selections;

        Assert.Equal(built, (NodeList<NameNode>)[new NameNode("a")]);
        Assert.Equal(built.GetHashCode(), ((NodeList<NameNode>)[new NameNode("a")]).GetHashCode());
        Assert.NotEqual(built, (NodeList<NameNode>)[B]);
        Assert.NotEqual(built, (NodeList<NameNode>)[A, A]);
        Assert.NotEqual(built, NodeList<NameNode>.Empty);
        Assert.Single(parsed);
        Assert.Equal("a", ((FieldNode)parsed[0]).Name.Value);
    }

    [Fact]
    public void Enumerator_CanBeResetAndReadAgain()
    {
        NodeList<NameNode> list = [A];
        using var enumerator = ((IEnumerable<NameNode>)list).GetEnumerator();

        Assert.True(enumerator.MoveNext());
        Assert.Same(A, enumerator.Current);
        Assert.False(enumerator.MoveNext());
        enumerator.Reset();
        Assert.True(enumerator.MoveNext());
        Assert.Same(A, enumerator.Current);
    }
}
