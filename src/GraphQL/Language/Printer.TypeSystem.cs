namespace CustomerComms.GraphQL.Language;

/// <summary>Printing of type system definitions and extensions.</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(Node node) => node switch
    {
        SchemaDefinitionNode schema => Described(
            schema.Description,
            Join(["schema", Join(schema.Directives, " "), Block(schema.OperationTypes)], " ")),
        OperationTypeDefinitionNode operationType => OperationKeyword(operationType.Operation) + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => Described(
            scalar.Description,
            Join(["scalar", scalar.Name.Value, Join(scalar.Directives, " ")], " ")),
        ObjectTypeDefinitionNode type => Described(
            type.Description,
            Join(["type", type.Name.Value, Wrap("implements ", Join(type.Interfaces, " & ")), Join(type.Directives, " "), Block(type.Fields)], " ")),
        FieldDefinitionNode field => Described(
            field.Description,
            field.Name.Value + PrintArgumentDefinitions(field.Arguments) + ": " + Print(field.Type) + Wrap(" ", Join(field.Directives, " "))),
        InputValueDefinitionNode input => Described(
            input.Description,
            input.Name.Value + ": " + Print(input.Type) + Wrap(" = ", PrintOptional(input.DefaultValue)) + Wrap(" ", Join(input.Directives, " "))),
        InterfaceTypeDefinitionNode type => Described(
            type.Description,
            Join(["interface", type.Name.Value, Wrap("implements ", Join(type.Interfaces, " & ")), Join(type.Directives, " "), Block(type.Fields)], " ")),
        UnionTypeDefinitionNode union => Described(
            union.Description,
            Join(["union", union.Name.Value, Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))], " ")),
        EnumTypeDefinitionNode type => Described(
            type.Description,
            Join(["enum", type.Name.Value, Join(type.Directives, " "), Block(type.Values)], " ")),
        EnumValueDefinitionNode value => Described(
            value.Description,
            Join([value.Name.Value, Join(value.Directives, " ")], " ")),
        InputObjectTypeDefinitionNode type => Described(
            type.Description,
            Join(["input", type.Name.Value, Join(type.Directives, " "), Block(type.Fields)], " ")),
        DirectiveDefinitionNode directive => Described(
            directive.Description,
            "directive @" + directive.Name.Value + PrintArgumentDefinitions(directive.Arguments)
                + (directive.Repeatable ? " repeatable" : string.Empty) + " on " + Join(directive.Locations, " | ")),
        SchemaExtensionNode schema => Join(["extend schema", Join(schema.Directives, " "), Block(schema.OperationTypes)], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", scalar.Name.Value, Join(scalar.Directives, " ")], " "),
        ObjectTypeExtensionNode type => Join(
            ["extend type", type.Name.Value, Wrap("implements ", Join(type.Interfaces, " & ")), Join(type.Directives, " "), Block(type.Fields)],
            " "),
        InterfaceTypeExtensionNode type => Join(
            ["extend interface", type.Name.Value, Wrap("implements ", Join(type.Interfaces, " & ")), Join(type.Directives, " "), Block(type.Fields)],
            " "),
        UnionTypeExtensionNode union => Join(
            ["extend union", union.Name.Value, Join(union.Directives, " "), Wrap("= ", Join(union.Types, " | "))],
            " "),
        EnumTypeExtensionNode type => Join(["extend enum", type.Name.Value, Join(type.Directives, " "), Block(type.Values)], " "),
        InputObjectTypeExtensionNode type => Join(["extend input", type.Name.Value, Join(type.Directives, " "), Block(type.Fields)], " "),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    /// <summary>Puts the description, when there is one, on the line before the definition.</summary>
    private static string Described(StringValueNode? description, string definition) =>
        Wrap(string.Empty, PrintOptional(description), "\n") + definition;
}
