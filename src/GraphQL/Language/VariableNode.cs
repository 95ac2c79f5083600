namespace CustomerComms.GraphQL.Language;

/// <summary>A variable reference: <c>$name</c>.</summary>
/// <param name="Name">The variable name, without the dollar sign.</param>
public sealed record VariableNode(NameNode Name) : ValueNode
{
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
