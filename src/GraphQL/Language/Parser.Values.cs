namespace CustomerComms.GraphQL.Language;

/// <summary>Input values (spec 2.9).</summary>
public sealed partial class Parser
{
    /// <summary>
    /// <c>Value[Const] : [~Const] Variable | IntValue | FloatValue | StringValue | BooleanValue | NullValue | EnumValue | ListValue[?Const] | ObjectValue[?Const]</c><br />
    /// <c>BooleanValue : one of true false</c>, <c>NullValue : null</c>, <c>EnumValue : Name but not true or false or null</c>
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = LocationFrom(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = LocationFrom(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                ValueNode value = token.Value switch
                {
                    "true" => new BooleanValueNode(true),
                    "false" => new BooleanValueNode(false),
                    "null" => new NullValueNode(),
                    _ => new EnumValueNode(token.Value!),
                };
                return value with { Location = LocationFrom(token) };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary><c>StringValue :: " StringCharacter* " | BlockString</c></summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = LocationFrom(token) };
    }

    /// <summary><c>ListValue[Const] : [ ] | [ Value[?Const]+ ]</c></summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var values = isConst
            ? Any(TokenKind.BracketLeft, static parser => parser.ParseValueLiteral(isConst: true), TokenKind.BracketRight)
            : Any(TokenKind.BracketLeft, static parser => parser.ParseValueLiteral(isConst: false), TokenKind.BracketRight);
        LeaveNesting();
        return new ListValueNode(values) { Location = LocationFrom(start) };
    }

    /// <summary><c>ObjectValue[Const] : { } | { ObjectField[?Const]+ }</c></summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var fields = isConst
            ? Any(TokenKind.BraceLeft, static parser => parser.ParseObjectField(isConst: true), TokenKind.BraceRight)
            : Any(TokenKind.BraceLeft, static parser => parser.ParseObjectField(isConst: false), TokenKind.BraceRight);
        LeaveNesting();
        return new ObjectValueNode(fields) { Location = LocationFrom(start) };
    }

    /// <summary><c>ObjectField[Const] : Name : Value[?Const]</c></summary>
    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value) { Location = LocationFrom(start) };
    }
}
