namespace CustomerComms.GraphQL.Language;

/// <summary>A directive application: <c>@name(arguments)</c>.</summary>
/// <param name="Name">The directive name, without the at sign.</param>
/// <param name="Arguments">The arguments.</param>
public sealed record DirectiveNode(NameNode Name, NodeList<ArgumentNode> Arguments) : Node
{
    private NameSlot _name = new(Name);

    /// <summary>A directive as parsed, its name right after the at sign.</summary>
    internal DirectiveNode(NameSlot name, NodeList<ArgumentNode> arguments, Location? location)
        : this(null!, arguments)
    {
        _name = name;
        Location = location;
    }

    /// <summary>The directive name, without the at sign.</summary>
    public NameNode Name { get => _name.Node(Location, 1)!; init => _name = new(value); }

    /// <summary>The name's text; the same as <c>Name.Value</c> without making the name node.</summary>
    public string NameValue => _name.Text!;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Directive;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Name;

            foreach (var child in Arguments)
            {
                yield return child;
            }
        }
    }
}
