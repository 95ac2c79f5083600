namespace CustomerComms.GraphQL.Language;

/// <summary>A field of an input object literal: <c>name: value</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Value">The value.</param>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : Node
{
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
