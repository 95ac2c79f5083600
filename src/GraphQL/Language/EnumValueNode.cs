namespace CustomerComms.GraphQL.Language;

/// <summary>An enum value literal: a name other than <c>true</c>, <c>false</c> and <c>null</c>.</summary>
/// <param name="Value">The enum value name.</param>
public sealed record EnumValueNode(string Value) : ValueNode
{
    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValue;

    /// <inheritdoc />
    public override IEnumerable<Node> Children => [];
}
