namespace CustomerComms.GraphQL.Language;

/// <summary>A variable reference: <c>$name</c>.</summary>
/// <param name="Name">The variable name, without the dollar sign.</param>
public sealed record VariableNode(NameNode Name) : ValueNode
{
    private NameSlot _name = new(Name);

    /// <summary>A variable as parsed, its name right after the dollar sign.</summary>
    internal VariableNode(NameSlot name, Location? location)
        : this((NameNode)null!)
    {
        _name = name;
        Location = location;
    }

    /// <summary>The variable name, without the dollar sign.</summary>
    public NameNode Name { get => _name.Node(Location, 1)!; init => _name = new(value); }

    /// <summary>The name's text; the same as <c>Name.Value</c> without making the name node.</summary>
    public string NameValue => _name.Text!;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Variable;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Name;
        }
    }
}
