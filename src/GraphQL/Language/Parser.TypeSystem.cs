namespace CustomerComms.GraphQL.Language;

/// <summary>Schema, type and directive definitions (spec 3).</summary>
public sealed partial class Parser
{
    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary><c>Description : StringValue</c> (optional)</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary><c>SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</c></summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceLeft, static parser => parser.ParseOperationTypeDefinition(), TokenKind.BraceRight);
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = LocationFrom(start) };
    }

    /// <summary><c>RootOperationTypeDefinition : OperationType : NamedType</c></summary>
    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = StartLocation();
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type) { Location = LocationFrom(start) };
    }

    /// <summary><c>ScalarTypeDefinition : Description? scalar Name Directives[Const]?</c></summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = LocationFrom(start) };
    }

    /// <summary><c>ObjectTypeDefinition : Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c></summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary><c>ImplementsInterfaces : implements &amp;? NamedType | ImplementsInterfaces &amp; NamedType</c> (optional)</summary>
    private NodeList<NamedTypeNode> ParseImplementsInterfaces() => ExpectOptionalKeyword("implements")
        ? DelimitedMany(TokenKind.Amp, static parser => parser.ParseNamedType())
        : NodeList<NamedTypeNode>.Empty;

    /// <summary><c>FieldsDefinition : { FieldDefinition+ }</c> (optional)</summary>
    private NodeList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, static parser => parser.ParseFieldDefinition(), TokenKind.BraceRight);

    /// <summary><c>FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?</c></summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = LocationFrom(start) };
    }

    /// <summary><c>ArgumentsDefinition : ( InputValueDefinition+ )</c> (optional)</summary>
    private NodeList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenLeft, static parser => parser.ParseInputValueDefinition(), TokenKind.ParenRight);

    /// <summary><c>InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?</c></summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = LocationFrom(start) };
    }

    /// <summary><c>InterfaceTypeDefinition : Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</c></summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary><c>UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?</c></summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = LocationFrom(start) };
    }

    /// <summary><c>UnionMemberTypes : = |? NamedType | UnionMemberTypes | NamedType</c> (optional)</summary>
    private NodeList<NamedTypeNode> ParseUnionMemberTypes() => ExpectOptionalToken(TokenKind.Equals)
        ? DelimitedMany(TokenKind.Pipe, static parser => parser.ParseNamedType())
        : NodeList<NamedTypeNode>.Empty;

    /// <summary><c>EnumTypeDefinition : Description? enum Name Directives[Const]? EnumValuesDefinition?</c></summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = LocationFrom(start) };
    }

    /// <summary><c>EnumValuesDefinition : { EnumValueDefinition+ }</c> (optional)</summary>
    private NodeList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceLeft, static parser => parser.ParseEnumValueDefinition(), TokenKind.BraceRight);

    /// <summary><c>EnumValueDefinition : Description? EnumValue Directives[Const]?</c>, <c>EnumValue : Name but not true, false or null</c></summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        if (Current.Value is "true" or "false" or "null")
        {
            throw Error(Current.Start, $"{Current.Description} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives) { Location = LocationFrom(start) };
    }

    /// <summary><c>InputObjectTypeDefinition : Description? input Name Directives[Const]? InputFieldsDefinition?</c></summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary><c>InputFieldsDefinition : { InputValueDefinition+ }</c> (optional)</summary>
    private NodeList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceLeft, static parser => parser.ParseInputValueDefinition(), TokenKind.BraceRight);

    /// <summary><c>DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations</c></summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = StartLocation();
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, static parser => parser.ParseDirectiveLocation());
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// <c>DirectiveLocation : ExecutableDirectiveLocation | TypeSystemDirectiveLocation</c>: one of
    /// QUERY, MUTATION, SUBSCRIPTION, FIELD, FRAGMENT_DEFINITION, FRAGMENT_SPREAD, INLINE_FRAGMENT, VARIABLE_DEFINITION,
    /// SCHEMA, SCALAR, OBJECT, FIELD_DEFINITION, ARGUMENT_DEFINITION, INTERFACE, UNION, ENUM, ENUM_VALUE, INPUT_OBJECT,
    /// INPUT_FIELD_DEFINITION
    /// </summary>
    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        return name.Value switch
        {
            "QUERY" or "MUTATION" or "SUBSCRIPTION" or "FIELD" or "FRAGMENT_DEFINITION" or "FRAGMENT_SPREAD"
                or "INLINE_FRAGMENT" or "VARIABLE_DEFINITION" or "SCHEMA" or "SCALAR" or "OBJECT" or "FIELD_DEFINITION"
                or "ARGUMENT_DEFINITION" or "INTERFACE" or "UNION" or "ENUM" or "ENUM_VALUE" or "INPUT_OBJECT"
                or "INPUT_FIELD_DEFINITION" => name,
            _ => throw Unexpected(start),
        };
    }
}
