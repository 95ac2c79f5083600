namespace CustomerComms.GraphQL.Language;

/// <summary>A field selection: <c>alias: name(arguments) @directives { ... }</c>.</summary>
/// <param name="Alias">The alias, or null.</param>
/// <param name="Name">The field name.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Directives">The directives applied, in source order.</param>
/// <param name="SelectionSet">The sub-selections, or null for a leaf field.</param>
public sealed record FieldNode(NameNode? Alias, NameNode Name, NodeList<ArgumentNode> Arguments, NodeList<DirectiveNode> Directives, SelectionSetNode? SelectionSet) : SelectionNode
{
    private NameSlot _alias = new(Alias);
    private NameSlot _name = new(Name);

    /// <summary>A field as parsed: the first name (the alias, or the name when there is no alias) starts the field.</summary>
    internal FieldNode(NameSlot alias, NameSlot name, NodeList<ArgumentNode> arguments, NodeList<DirectiveNode> directives, SelectionSetNode? selectionSet, Location? location)
        : this(null, null!, arguments, directives, selectionSet)
    {
        _alias = alias;
        _name = name;
        Location = location;
    }

    /// <summary>The alias, or null.</summary>
    public NameNode? Alias { get => _alias.Node(Location, 0); init => _alias = new(value); }

    /// <summary>The field name.</summary>
    public NameNode Name { get => _name.Node(Location, 0)!; init => _name = new(value); }

    /// <summary>The alias's text, or null; the same as <c>Alias?.Value</c> without making the name node.</summary>
    public string? AliasValue => _alias.Text;

    /// <summary>The field name's text; the same as <c>Name.Value</c> without making the name node.</summary>
    public string NameValue => _name.Text!;

    /// <summary>The key of the field in the response: its alias, or its name.</summary>
    public string ResponseKey => _alias.Text ?? _name.Text!;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            if (Alias is { } alias)
            {
                yield return alias;
            }

            yield return Name;

            foreach (var child in Arguments)
            {
                yield return child;
            }

            foreach (var child in Directives)
            {
                yield return child;
            }

            if (SelectionSet is not null)
            {
                yield return SelectionSet;
            }
        }
    }
}
