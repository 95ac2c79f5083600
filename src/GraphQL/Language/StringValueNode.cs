namespace CustomerComms.GraphQL.Language;

/// <summary>A string or block string literal.</summary>
/// <param name="Value">The string value, escapes resolved and block-string indentation removed.</param>
/// <param name="Block">Whether the literal was written as a block string.</param>
public sealed record StringValueNode(string Value, bool Block) : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.StringValue;

    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
