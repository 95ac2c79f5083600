namespace CustomerComms.GraphQL.Language;

/// <summary>Operations and selection sets (spec 2.3–2.6, 2.10).</summary>
public sealed partial class Parser
{
    /// <summary>
    /// <c>OperationDefinition : Description? OperationType Name? VariablesDefinition? Directives? SelectionSet | SelectionSet</c>
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = StartLocation();
        if (Peek(TokenKind.BraceLeft))
        {
            var selectionSet = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, default, default, NodeList<VariableDefinitionNode>.Empty, NodeList<DirectiveNode>.Empty, selectionSet, LocationFrom(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var nameOffset = default(NameOffset);
        var name = Peek(TokenKind.Name) ? ParseNameOnLine(start, out nameOffset) : default;
        var variableDefinitions = OptionalMany(TokenKind.ParenLeft, static parser => parser.ParseVariableDefinition(), TokenKind.ParenRight);
        var directives = ParseDirectives(isConst: false);
        var selections = ParseSelectionSet();
        return new OperationDefinitionNode(operation, description, name, nameOffset, variableDefinitions, directives, selections, LocationFrom(start));
    }

    /// <summary><c>OperationType : one of query mutation subscription</c></summary>
    private OperationType ParseOperationType()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }

        var operation = _lexer.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(),
        };
        Advance();
        return operation;
    }

    /// <summary><c>VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?</c></summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = StartLocation();
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
        var start = StartLocation();
        ExpectToken(TokenKind.Dollar);
        var name = ParseNameAt(start, 1);
        return new VariableNode(name, LocationFrom(start));
    }

    /// <summary><c>SelectionSet : { Selection+ }</c>, <c>Selection : Field | FragmentSpread | InlineFragment</c></summary>
    /// <remarks>The most frequent list of a document, so parsed in a loop of its own rather than through a delegate.</remarks>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = StartLocation();
        EnterNesting();
        ExpectToken(TokenKind.BraceLeft);
        var mark = _itemCount;
        do
        {
            PushItem(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));
        var selections = PopItems<SelectionNode>(mark);
        LeaveNesting();
        return new SelectionSetNode(selections) { Location = LocationFrom(start) };
    }

    /// <summary><c>Field : Alias? Name Arguments? Directives? SelectionSet?</c>, <c>Alias : Name :</c></summary>
    private FieldNode ParseField()
    {
        var start = StartLocation();
        var alias = default(NameSlot);
        var name = new NameSlot(ParseNameText());
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = name;
            name = new NameSlot(ParseName());
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, LocationFrom(start));
    }

    /// <summary><c>Arguments[Const] : ( Argument[?Const]+ )</c></summary>
    private NodeList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!Peek(TokenKind.ParenLeft))
        {
            return NodeList<ArgumentNode>.Empty;
        }

        Advance();
        var mark = _itemCount;
        do
        {
            PushItem(ParseArgument(isConst));
        }
        while (!ExpectOptionalToken(TokenKind.ParenRight));
        return PopItems<ArgumentNode>(mark);
    }

    /// <summary><c>Argument[Const] : Name : Value[?Const]</c></summary>
    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = StartLocation();
        var name = new NameSlot(ParseNameText());
        ExpectToken(TokenKind.Colon);
        var value = ParseValueLiteral(isConst);
        return new ArgumentNode(name, value, LocationFrom(start));
    }
}
