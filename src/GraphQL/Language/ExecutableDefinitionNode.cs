namespace CustomerComms.GraphQL.Language;

/// <summary>An executable definition: an operation or a fragment definition.</summary>
public abstract record ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>The description written before the definition, or null.</summary>
    public abstract StringValueNode? Description { get; init; }

    /// <summary>The directives applied, in source order.</summary>
    public abstract NodeList<DirectiveNode> Directives { get; init; }

    /// <summary>The selections.</summary>
    public abstract SelectionSetNode SelectionSet { get; init; }
}
