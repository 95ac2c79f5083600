namespace CustomerComms.GraphQL.Language;

/// <summary>A reference to a named type.</summary>
/// <param name="Name">The type name.</param>
public sealed record NamedTypeNode(NameNode Name) : TypeNode
{
    private NameSlot _name = new(Name);

    /// <summary>A type reference as parsed: the name is the whole node.</summary>
    internal NamedTypeNode(NameSlot name, Location? location)
        : this((NameNode)null!)
    {
        _name = name;
        Location = location;
    }

    /// <summary>The type name.</summary>
    public NameNode Name { get => _name.Node(Location, 0)!; init => _name = new(value); }

    /// <summary>The name's text; the same as <c>Name.Value</c> without making the name node.</summary>
    public string NameValue => _name.Text!;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NamedType;

    /// <inheritdoc />
    public override IEnumerable<Node> Children
    {
        get
        {
            yield return Name;
        }
    }
}
