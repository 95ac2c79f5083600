namespace CustomerComms.GraphQL.Language;

/// <summary>An argument: <c>name: value</c>.</summary>
/// <param name="Name">The name.</param>
/// <param name="Value">The value.</param>
public sealed record ArgumentNode(NameNode Name, ValueNode Value) : Node
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Argument;

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
