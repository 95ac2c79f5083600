namespace CustomerComms.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth-first in source order, calling <see cref="Enter" /> before and <see cref="Leave" />
/// after each node's children. Derive from it for analyses such as validation rules.
/// </summary>
public abstract class AstWalker
{
    /// <summary>Walks <paramref name="node" /> and everything below it.</summary>
    /// <param name="node">The root of the walk.</param>
    public void Walk(Node node)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (!Enter(node))
        {
            return;
        }

        foreach (var child in node.Children)
        {
            Walk(child);
        }

        Leave(node);
    }

    /// <summary>Called before the children of <paramref name="node" /> are walked.</summary>
    /// <param name="node">The node entered.</param>
    /// <returns>False to skip the children of <paramref name="node" /> (and its <see cref="Leave" />).</returns>
    protected virtual bool Enter(Node node) => true;

    /// <summary>Called after the children of <paramref name="node" /> have been walked.</summary>
    /// <param name="node">The node left.</param>
    protected virtual void Leave(Node node)
    {
    }
}
