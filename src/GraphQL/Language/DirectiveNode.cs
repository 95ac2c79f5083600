namespace CustomerComms.GraphQL.Language;

/// <summary>A directive application: <c>@name(arguments)</c>.</summary>
/// <param name="Name">The directive name, without the at sign.</param>
/// <param name="Arguments">The arguments.</param>
public sealed record DirectiveNode(NameNode Name, NodeList<ArgumentNode> Arguments) : Node
{
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
