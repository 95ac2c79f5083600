namespace CustomerComms.GraphQL.Types;

/// <summary>A position in the response: a linked list of field response keys and list indices, innermost last.</summary>
/// <param name="Parent">The enclosing position, or null at the root.</param>
/// <param name="Key">A response key (<see cref="string" />) or a list index (<see cref="int" />).</param>
public sealed record ResponsePath(ResponsePath? Parent, object Key)
{
    /// <summary>The keys from the root down to this position, as the <c>path</c> of an error lists them.</summary>
    /// <returns>The keys in order.</returns>
    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var path = this; path is not null; path = path.Parent)
        {
            keys.Add(path.Key);
        }

        keys.Reverse();
        return keys;
    }

    /// <summary>The path as <c>a.0.b</c>.</summary>
    /// <returns>The keys joined by dots.</returns>
    public override string ToString() => string.Join('.', ToList());
}
