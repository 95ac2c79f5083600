using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>Turns SDL definitions into builder definitions.</summary>
internal sealed class SdlReader(SchemaBuilder builder)
{
    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    public void Read(DocumentNode document)
    {
        var schemaDefinitions = 0;
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (++schemaDefinitions > 1)
                    {
                        builder.Errors.Add("Must provide only one schema definition.");
                    }

                    if (schema.Description is not null)
                    {
                        builder.Description(schema.Description.Value);
                    }

                    SetRoots(schema.OperationTypes);
                    break;
                case TypeDefinitionNode type:
                    if (!_defined.Add(type.Name.Value))
                    {
                        builder.Errors.Add($"There can be only one type named \"{type.Name.Value}\".");
                    }
                    else
                    {
                        ReadType(type);
                    }

                    break;
                case DirectiveDefinitionNode directive:
                    ReadDirective(directive);
                    break;
                case ExecutableDefinitionNode:
                    builder.Errors.Add("The SDL must contain only type system definitions and extensions.");
                    break;
            }
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaExtensionNode schema:
                    SetRoots(schema.OperationTypes);
                    break;
                case TypeExtensionNode extension:
                    ReadExtension(extension);
                    break;
            }
        }
    }

    private void SetRoots(NodeList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            var name = operationType.Type.NameValue;
            switch (operationType.Operation)
            {
                case OperationType.Query:
                    builder.QueryTypeName = name;
                    break;
                case OperationType.Mutation:
                    builder.MutationTypeName = name;
                    break;
                default:
                    builder.SubscriptionTypeName = name;
                    break;
            }
        }
    }

    private void ReadType(TypeDefinitionNode type)
    {
        var description = type.Description?.Value;
        switch (type)
        {
            case ScalarTypeDefinitionNode scalar when Scalars.Find(scalar.Name.Value) is null:
                var url = scalar.Directives.FirstOrDefault(directive => directive.NameValue == "specifiedBy")?.Arguments
                    .FirstOrDefault(argument => argument.NameValue == "url")?.Value as StringValueNode;
                builder.Scalar(new CustomScalarType(scalar.Name.Value, description: description, specifiedByUrl: url?.Value, directives: scalar.Directives));
                break;
            case ObjectTypeDefinitionNode obj:
                builder.Object(obj.Name.Value, _ => { });
                Complex(obj.Name.Value, description, obj.Interfaces, obj.Fields).Directives.AddRange(obj.Directives);
                break;
            case InterfaceTypeDefinitionNode iface:
                builder.Interface(iface.Name.Value, _ => { });
                Complex(iface.Name.Value, description, iface.Interfaces, iface.Fields).Directives.AddRange(iface.Directives);
                break;
            case UnionTypeDefinitionNode union:
                builder.Union(union.Name.Value, u => UnionMembers(u, union.Types).Directives.AddRange(union.Directives));
                Describe(union.Name.Value, description);
                break;
            case EnumTypeDefinitionNode enumType:
                builder.Enum(enumType.Name.Value, e => EnumValues(e, enumType.Values).Directives.AddRange(enumType.Directives));
                Describe(enumType.Name.Value, description);
                break;
            case InputObjectTypeDefinitionNode input:
                builder.InputObject(input.Name.Value, i => InputFields(i, input.Fields, input.Directives));
                Describe(input.Name.Value, description);
                break;
        }
    }

    private void ReadExtension(TypeExtensionNode extension)
    {
        var name = extension.Name.Value;
        var existing = builder.DefinitionsByName.GetValueOrDefault(name);
        var matches = (extension, existing) switch
        {
            (ObjectTypeExtensionNode, ComplexTypeDefinition { IsInterface: false }) => true,
            (InterfaceTypeExtensionNode, ComplexTypeDefinition { IsInterface: true }) => true,
            (UnionTypeExtensionNode, UnionTypeBuilder) => true,
            (EnumTypeExtensionNode, EnumTypeBuilder) => true,
            (InputObjectTypeExtensionNode, InputObjectDefinition) => true,
            (ScalarTypeExtensionNode, ScalarType) => true,
            _ => false,
        };
        if (!matches)
        {
            builder.Errors.Add(existing is null
                ? $"Cannot extend type \"{name}\" because it is not defined."
                : $"Cannot extend non-{KindName(extension)} type \"{name}\".");
            return;
        }

        switch (extension)
        {
            case ObjectTypeExtensionNode obj:
                Complex(name, null, obj.Interfaces, obj.Fields).Directives.AddRange(obj.Directives);
                break;
            case InterfaceTypeExtensionNode iface:
                Complex(name, null, iface.Interfaces, iface.Fields).Directives.AddRange(iface.Directives);
                break;
            case UnionTypeExtensionNode union:
                builder.Union(name, u => UnionMembers(u, union.Types).Directives.AddRange(union.Directives));
                break;
            case EnumTypeExtensionNode enumType:
                builder.Enum(name, e => EnumValues(e, enumType.Values).Directives.AddRange(enumType.Directives));
                break;
            case InputObjectTypeExtensionNode input:
                builder.InputObject(name, i => InputFields(i, input.Fields, input.Directives));
                break;
        }
    }

    private static string KindName(TypeExtensionNode extension) => extension switch
    {
        ObjectTypeExtensionNode => "object",
        InterfaceTypeExtensionNode => "interface",
        UnionTypeExtensionNode => "union",
        EnumTypeExtensionNode => "enum",
        InputObjectTypeExtensionNode => "input object",
        _ => "scalar",
    };

    private ComplexTypeDefinition Complex(string name, string? description, NodeList<NamedTypeNode> interfaces, NodeList<FieldDefinitionNode> fields)
    {
        var definition = (ComplexTypeDefinition)builder.DefinitionsByName[name];
        definition.Description ??= description;
        definition.Interfaces.AddRange(interfaces.Select(iface => iface.NameValue));
        foreach (var field in fields)
        {
            var fieldBuilder = new FieldBuilder(field.Name.Value, TypeReference.FromNode(field.Type));
            if (field.Description is not null)
            {
                fieldBuilder.Description(field.Description.Value);
            }

            if (DeprecationReason(field.Directives) is { } reason)
            {
                fieldBuilder.Deprecated(reason);
            }

            fieldBuilder.Directives.AddRange(field.Directives);
            fieldBuilder.Arguments.AddRange(field.Arguments.Select(InputValue));
            definition.Fields.Add(fieldBuilder);
        }

        return definition;
    }

    private void Describe(string name, string? description)
    {
        if (description is null)
        {
            return;
        }

        switch (builder.DefinitionsByName[name])
        {
            case UnionTypeBuilder union:
                union.Description(description);
                break;
            case EnumTypeBuilder enumType:
                enumType.Description(description);
                break;
            case InputObjectDefinition input:
                input.Description = description;
                break;
        }
    }

    private static UnionTypeBuilder UnionMembers(UnionTypeBuilder union, NodeList<NamedTypeNode> types) =>
        union.Types([.. types.Select(type => type.NameValue)]);

    private static EnumTypeBuilder EnumValues(EnumTypeBuilder enumType, NodeList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            enumType.AddValue(new EnumValue(value.Name.Value, value.Description?.Value, value.Name.Value, DeprecationReason(value.Directives), value.Directives));
        }

        return enumType;
    }

    private static void InputFields(InputObjectTypeBuilder<IReadOnlyDictionary<string, object?>> input, NodeList<InputValueDefinitionNode> fields, NodeList<DirectiveNode> directives)
    {
        input.Definition.Directives.AddRange(directives);
        input.Definition.IsOneOf |= directives.Any(directive => directive.NameValue == "oneOf");
        foreach (var field in fields)
        {
            input.Add(InputValue(field));
        }
    }

    private static InputValueBuilder InputValue(InputValueDefinitionNode node)
    {
        var value = new InputValueBuilder(node.Name.Value, TypeReference.FromNode(node.Type), null).DefaultLiteralNode(node.DefaultValue);
        if (node.Description is not null)
        {
            value.Description(node.Description.Value);
        }

        if (DeprecationReason(node.Directives) is { } reason)
        {
            value.Deprecated(reason);
        }

        value.Directives.AddRange(node.Directives);
        return value;
    }

    private void ReadDirective(DirectiveDefinitionNode node)
    {
        builder.Directive(node.Name.Value, directive =>
        {
            if (node.Description is not null)
            {
                directive.Description(node.Description.Value);
            }

            directive.Arguments.AddRange(node.Arguments.Select(InputValue));
            foreach (var location in node.Locations)
            {
                if (Directive.TryParseLocation(location.Value, out var parsed))
                {
                    directive.Locations(parsed);
                }
                else
                {
                    builder.Errors.Add($"Directive @{node.Name.Value} has unknown location \"{location.Value}\".");
                }
            }

            if (node.Repeatable)
            {
                directive.Repeatable();
            }
        });
    }

    private static string? DeprecationReason(NodeList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(directive => directive.NameValue == "deprecated");
        if (deprecated is null)
        {
            return null;
        }

        return deprecated.Arguments.FirstOrDefault(argument => argument.NameValue == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : BuiltInDirectives.DefaultDeprecationReason;
    }
}
