namespace CustomerComms.GraphQL.Language;

/// <summary>Creates <see cref="NodeList{T}" /> instances; also the builder behind collection expressions.</summary>
public static class NodeList
{
    /// <summary>Creates a list holding a copy of <paramref name="items" />.</summary>
    /// <typeparam name="T">The node type.</typeparam>
    /// <param name="items">The nodes, in order.</param>
    /// <returns>The list; the shared empty list when there are no items.</returns>
    public static NodeList<T> Create<T>(ReadOnlySpan<T> items)
        where T : Node => items.Length switch
        {
            0 => NodeList<T>.Empty,
            1 => new NodeList<T>(items[0]),
            _ => new NodeList<T>(items.ToArray()),
        };
}
