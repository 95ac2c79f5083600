using System.Runtime.CompilerServices;

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
        var lexer = _lexer;
        switch (lexer.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                return new IntValueNode(lexer.Value!) { Location = TokenLocationAndAdvance() };
            case TokenKind.Float:
                return new FloatValueNode(lexer.Value!) { Location = TokenLocationAndAdvance() };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                ValueNode value = lexer.Value switch
                {
                    "true" => new BooleanValueNode(true),
                    "false" => new BooleanValueNode(false),
                    "null" => new NullValueNode(),
                    _ => new EnumValueNode(lexer.Value!),
                };
                return value with { Location = TokenLocationAndAdvance() };
            case TokenKind.Dollar:
                if (isConst)
                {
                    var token = Current;
                    Advance();
                    if (lexer.Kind == TokenKind.Name)
                    {
                        throw VariableInConstant(token.Start, lexer.Value!);
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>The current token's location, for a node of one token; then moves past the token.</summary>
    private Location? TokenLocationAndAdvance()
    {
        var lexer = _lexer;
        Location? location = _noLocation ? null : new Location(lexer.Start, lexer.End, lexer.Line, lexer.Column);
        Advance();
        return location;
    }

    /// <summary><c>StringValue :: " StringCharacter* " | BlockString</c></summary>
    private StringValueNode ParseStringLiteral()
    {
        var value = _lexer.Value!;
        var block = _lexer.Kind == TokenKind.BlockString;
        return new StringValueNode(value, block) { Location = TokenLocationAndAdvance() };
    }

    /// <summary><c>ListValue[Const] : [ ] | [ Value[?Const]+ ]</c></summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = StartLocation();
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
        var start = StartLocation();
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
        var start = StartLocation();
        var name = new NameSlot(ParseNameText());
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ObjectFieldNode(name, value, LocationFrom(start));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException VariableInConstant(int start, string name) =>
        Error(start, $"Unexpected variable \"${name}\" in constant value.");
}
