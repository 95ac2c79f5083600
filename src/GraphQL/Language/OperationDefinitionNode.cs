namespace CustomerComms.GraphQL.Language;

/// <summary>An operation: <c>query</c>, <c>mutation</c> or <c>subscription</c>, or the anonymous shorthand <c>{ ... }</c>.</summary>
/// <param name="Operation">The operation type (query for the shorthand form).</param>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The operation name, or null when anonymous.</param>
/// <param name="VariableDefinitions">The variable definitions.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="SelectionSet">The selections of the operation.</param>
public sealed record OperationDefinitionNode(OperationType Operation, StringValueNode? Description, NameNode? Name, NodeList<VariableDefinitionNode> VariableDefinitions, NodeList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    private NameSlot _name = new(Name);
    private NameOffset _nameOffset;

    /// <summary>An operation as parsed: a name held as text is <paramref name="nameOffset" /> after the operation's start.</summary>
    internal OperationDefinitionNode(OperationType operation, StringValueNode? description, NameSlot name, NameOffset nameOffset, NodeList<VariableDefinitionNode> variableDefinitions, NodeList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location)
        : this(operation, description, null, variableDefinitions, directives, selectionSet)
    {
        _name = name;
        _nameOffset = nameOffset;
        Location = location;
    }

    /// <summary>The operation name, or null when anonymous.</summary>
    public NameNode? Name
    {
        get => _name.Node(Location, _nameOffset.Value);
        init => (_name, _nameOffset) = (new(value), default);
    }

    /// <summary>The operation name's text, or null; the same as <c>Name?.Value</c> without making the name node.</summary>
    public string? NameValue => _name.Text;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            if (Description is not null)
            {
                yield return Description;
            }

            if (Name is not null)
            {
                yield return Name;
            }

            foreach (var child in VariableDefinitions)
            {
                yield return child;
            }

            foreach (var child in Directives)
            {
                yield return child;
            }

            yield return SelectionSet;
        }
    }
}
