namespace CustomerComms.GraphQL.Language;

/// <summary>A fragment definition: <c>fragment Name on Type @directives { ... }</c>.</summary>
/// <param name="Description">The description written before the definition, or null.</param>
/// <param name="Name">The fragment name.</param>
/// <param name="TypeCondition">The type condition.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="SelectionSet">The selections.</param>
public sealed record FragmentDefinitionNode(StringValueNode? Description, NameNode Name, NamedTypeNode TypeCondition, NodeList<DirectiveNode> Directives, SelectionSetNode SelectionSet) : ExecutableDefinitionNode
{
    private NameSlot _name = new(Name);
    private NameOffset _nameOffset;

    /// <summary>A fragment as parsed: a name held as text is <paramref name="nameOffset" /> after the fragment's start.</summary>
    internal FragmentDefinitionNode(StringValueNode? description, NameSlot name, NameOffset nameOffset, NamedTypeNode typeCondition, NodeList<DirectiveNode> directives, SelectionSetNode selectionSet, Location? location)
        : this(description, null!, typeCondition, directives, selectionSet)
    {
        _name = name;
        _nameOffset = nameOffset;
        Location = location;
    }

    /// <summary>The fragment name.</summary>
    public NameNode Name
    {
        get => _name.Node(Location, _nameOffset.Value)!;
        init => (_name, _nameOffset) = (new(value), default);
    }

    /// <summary>The fragment name's text; the same as <c>Name.Value</c> without making the name node.</summary>
    public string NameValue => _name.Text!;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            if (Description is not null)
            {
                yield return Description;
            }

            yield return Name;

            yield return TypeCondition;

            foreach (var child in Directives)
            {
                yield return child;
            }

            yield return SelectionSet;
        }
    }
}
