namespace CustomerComms.GraphQL.Language;

/// <summary>Operations and selection sets (spec 2.3–2.6, 2.10).</summary>
public sealed partial class Parser
{
    /// <summary>
    /// <c>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</c>
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceLeft))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, null, NodeList<VariableDefinitionNode>.Empty, NodeList<DirectiveNode>.Empty, selectionSet)
            {
                Location = LocationFrom(start),
            };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = OptionalMany(TokenKind.ParenLeft, static parser => parser.ParseVariableDefinition(), TokenKind.ParenRight);
        var directives = ParseDirectives(isConst: false);
        var selections = ParseSelectionSet();
        return new OperationDefinitionNode(operation, description, name, variableDefinitions, directives, selections)
        {
            Location = LocationFrom(start),
        };
    }

    /// <summary><c>OperationType : one of query mutation subscription</c></summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    /// <summary><c>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</c></summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(description, variable, type, defaultValue, directives) { Location = LocationFrom(start) };
    }

    /// <summary><c>Variable : $ Name</c></summary>
    private VariableNode ParseVariable()
    {
        var start = Current;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = LocationFrom(start) };
    }

    /// <summary><c>SelectionSet : { Selection+ }</c></summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        EnterNesting();
        var selections = Many(TokenKind.BraceLeft, static parser => parser.ParseSelection(), TokenKind.BraceRight);
        LeaveNesting();
        return new SelectionSetNode(selections) { Location = LocationFrom(start) };
    }

    /// <summary><c>Selection : Field | FragmentSpread | InlineFragment</c></summary>
    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary><c>Field : Alias? Name Arguments? Directives? SelectionSet?</c>, <c>Alias : Name :</c></summary>
    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary><c>Arguments[Const] : ( Argument[?Const]+ )</c></summary>
    private NodeList<ArgumentNode> ParseArguments(bool isConst) => isConst
        ? OptionalMany(TokenKind.ParenLeft, static parser => parser.ParseArgument(isConst: true), TokenKind.ParenRight)
        : OptionalMany(TokenKind.ParenLeft, static parser => parser.ParseArgument(isConst: false), TokenKind.ParenRight);

    /// <summary><c>Argument[Const] : Name : Value[?Const]</c></summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value) { Location = LocationFrom(start) };
    }
}
