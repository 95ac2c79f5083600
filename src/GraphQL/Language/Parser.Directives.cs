namespace CustomerComms.GraphQL.Language;

/// <summary>Directives (spec 2.12).</summary>
public sealed partial class Parser
{
    /// <summary><c>Directives[Const] : Directive[?Const]+</c> (or none)</summary>
    private NodeList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return NodeList<DirectiveNode>.Empty;
        }

        var mark = _itemCount;
        do
        {
            PushItem(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));
        return PopItems<DirectiveNode>(mark);
    }

    /// <summary><c>Directive[Const] : @ Name Arguments[?Const]?</c></summary>
    private DirectiveNode ParseDirective(bool isConst)
    {
        var start = StartLocation();
        ExpectToken(TokenKind.At);
        var name = ParseNameAt(start, 1);
        var arguments = ParseArguments(isConst);
        return new DirectiveNode(name, arguments, LocationFrom(start));
    }
}
