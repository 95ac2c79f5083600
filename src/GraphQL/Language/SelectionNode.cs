namespace CustomerComms.GraphQL.Language;

/// <summary>A selection: a field, a fragment spread or an inline fragment.</summary>
public abstract record SelectionNode : Node
{
    /// <summary>The directives applied, in source order.</summary>
    public abstract NodeList<DirectiveNode> Directives { get; init; }
}
