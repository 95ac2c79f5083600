namespace CustomerComms.GraphQL.Language;

/// <summary>A named fragment spread: <c>...Name @directives</c>.</summary>
/// <param name="Name">The fragment name.</param>
/// <param name="Directives">The directives applied, in source order.</param>
public sealed record FragmentSpreadNode(NameNode Name, NodeList<DirectiveNode> Directives) : SelectionNode
{
    private NameSlot _name = new(Name);

    /// <summary>A fragment spread as parsed, its name right after the three dots.</summary>
    internal FragmentSpreadNode(NameSlot name, NodeList<DirectiveNode> directives, Location? location)
        : this(null!, directives)
    {
        _name = name;
        Location = location;
    }

    /// <summary>The fragment name.</summary>
    public NameNode Name { get => _name.Node(Location, 3)!; init => _name = new(value); }

    /// <summary>The name's text; the same as <c>Name.Value</c> without making the name node.</summary>
    public string NameValue => _name.Text!;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Name;

            foreach (var child in Directives)
            {
                yield return child;
            }
        }
    }
}
