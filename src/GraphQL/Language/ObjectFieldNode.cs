namespace CustomerComms.GraphQL.Language;

/// <summary>A field of an input object literal: <c>name: value</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Value">The value.</param>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : Node
{
    private NameSlot _name = new(Name);

    /// <summary>An input object field as parsed: its name starts it.</summary>
    internal ObjectFieldNode(NameSlot name, ValueNode value, Location? location)
        : this(null!, value)
    {
        _name = name;
        Location = location;
    }

    /// <summary>The name.</summary>
    public NameNode Name { get => _name.Node(Location, 0)!; init => _name = new(value); }

    /// <summary>The name's text; the same as <c>Name.Value</c> without making the name node.</summary>
    public string NameValue => _name.Text!;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Name;

            yield return Value;
        }
    }
}
