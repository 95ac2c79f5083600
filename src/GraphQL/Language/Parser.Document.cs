namespace CustomerComms.GraphQL.Language;

/// <summary>Document section (spec 2.2).</summary>
public sealed partial class Parser
{
    /// <summary><c>Document : Definition+</c></summary>
    private DocumentNode ParseDocument()
    {
        var start = StartLocation();
        ExpectToken(TokenKind.StartOfFile);
        var mark = _itemCount;
        do
        {
            PushItem(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));
        var definitions = PopItems<DefinitionNode>(mark);
        return new DocumentNode(definitions) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// <c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c><br />
    /// <c>ExecutableDefinition : OperationDefinition | FragmentDefinition</c><br />
    /// <c>TypeSystemDefinition : SchemaDefinition | TypeDefinition | DirectiveDefinition</c><br />
    /// <c>TypeSystemExtension : SchemaExtension | TypeExtension</c>
    /// </summary>
    /// <remarks>Definitions may start with a description, so the keyword is looked for one token ahead.</remarks>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceLeft)
        {
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                default:
                    break;
            }

            if (hasDescription)
            {
                throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }
}
