namespace CustomerComms.GraphQL.Language;

/// <summary>Type references (spec 2.11).</summary>
public sealed partial class Parser
{
    /// <summary><c>Type : NamedType | ListType | NonNullType</c>, <c>ListType : [ Type ]</c>, <c>NonNullType : NamedType ! | ListType !</c></summary>
    private TypeNode ParseTypeReference()
    {
        var start = StartLocation();
        TypeNode type;
        if (ExpectOptionalToken(TokenKind.BracketLeft))
        {
            EnterNesting();
            var itemType = ParseTypeReference();
            LeaveNesting();
            ExpectToken(TokenKind.BracketRight);
            type = new ListTypeNode(itemType) { Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        if (ExpectOptionalToken(TokenKind.Bang))
        {
            return new NonNullTypeNode(type) { Location = LocationFrom(start) };
        }

        return type;
    }

    /// <summary><c>NamedType : Name</c></summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = StartLocation();
        var name = new NameSlot(ParseNameText());
        return new NamedTypeNode(name, LocationFrom(start));
    }
}
