using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation;

/// <summary>
/// Walks the executable parts of a document depth-first in source order, keeping a <see cref="TypeInfo" /> up to
/// date around the visitor's calls. Names and descriptions are not visited. Type-system definitions and extensions
/// are walked too, as graphql-js's visitor walks them: they are not executable, but the rules about directives,
/// arguments, values and type names report their errors inside them as well.
/// </summary>
internal abstract class TypedWalk(TypeInfo typeInfo)
{
    protected TypeInfo TypeInfo { get; } = typeInfo;

    public void Walk(Node node)
    {
        TypeInfo.Enter(node);
        if (Enter(node))
        {
            WalkChildren(node);
        }

        Leave(node);
        TypeInfo.Leave(node);
    }

    /// <returns>False to skip the children of <paramref name="node" />.</returns>
    protected abstract bool Enter(Node node);

    protected abstract void Leave(Node node);

    private void WalkChildren(Node node)
    {
        switch (node)
        {
            case DocumentNode document:
                WalkAll(document.Definitions);
                break;
            case OperationDefinitionNode operation:
                WalkAll(operation.VariableDefinitions);
                WalkAll(operation.Directives);
                Walk(operation.SelectionSet);
                break;
            case VariableDefinitionNode variable:
                Walk(variable.Variable);
                Walk(variable.Type);
                if (variable.DefaultValue is not null)
                {
                    Walk(variable.DefaultValue);
                }

                WalkAll(variable.Directives);
                break;
            case SelectionSetNode selectionSet:
                WalkAll(selectionSet.Selections);
                break;
            case FieldNode field:
                WalkAll(field.Arguments);
                WalkAll(field.Directives);
                if (field.SelectionSet is not null)
                {
                    Walk(field.SelectionSet);
                }

                break;
            case ArgumentNode argument:
                Walk(argument.Value);
                break;
            case FragmentSpreadNode spread:
                WalkAll(spread.Directives);
                break;
            case InlineFragmentNode inline:
                if (inline.TypeCondition is not null)
                {
                    Walk(inline.TypeCondition);
                }

                WalkAll(inline.Directives);
                Walk(inline.SelectionSet);
                break;
            case FragmentDefinitionNode fragment:
                Walk(fragment.TypeCondition);
                WalkAll(fragment.Directives);
                Walk(fragment.SelectionSet);
                break;
            case DirectiveNode directive:
                WalkAll(directive.Arguments);
                break;
            case ListValueNode list:
                WalkAll(list.Values);
                break;
            case ObjectValueNode obj:
                WalkAll(obj.Fields);
                break;
            case ObjectFieldNode objectField:
                Walk(objectField.Value);
                break;
            case ListTypeNode listType:
                Walk(listType.Type);
                break;
            case NonNullTypeNode nonNullType:
                Walk(nonNullType.Type);
                break;
            default:
                WalkTypeSystem(node);
                break;
        }
    }

    /// <summary>The children of type-system nodes, in graphql-js's visiting order.</summary>
    private void WalkTypeSystem(Node node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                WalkAll(schema.Directives);
                WalkAll(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                WalkAll(schema.Directives);
                WalkAll(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Walk(operationType.Type);
                break;
            case ScalarTypeDefinitionNode scalar:
                WalkAll(scalar.Directives);
                break;
            case ScalarTypeExtensionNode scalar:
                WalkAll(scalar.Directives);
                break;
            case ObjectTypeDefinitionNode objectType:
                WalkAll(objectType.Interfaces);
                WalkAll(objectType.Directives);
                WalkAll(objectType.Fields);
                break;
            case ObjectTypeExtensionNode objectType:
                WalkAll(objectType.Interfaces);
                WalkAll(objectType.Directives);
                WalkAll(objectType.Fields);
                break;
            case InterfaceTypeDefinitionNode interfaceType:
                WalkAll(interfaceType.Interfaces);
                WalkAll(interfaceType.Directives);
                WalkAll(interfaceType.Fields);
                break;
            case InterfaceTypeExtensionNode interfaceType:
                WalkAll(interfaceType.Interfaces);
                WalkAll(interfaceType.Directives);
                WalkAll(interfaceType.Fields);
                break;
            case FieldDefinitionNode field:
                WalkAll(field.Arguments);
                Walk(field.Type);
                WalkAll(field.Directives);
                break;
            case InputValueDefinitionNode inputValue:
                Walk(inputValue.Type);
                if (inputValue.DefaultValue is not null)
                {
                    Walk(inputValue.DefaultValue);
                }

                WalkAll(inputValue.Directives);
                break;
            case UnionTypeDefinitionNode union:
                WalkAll(union.Directives);
                WalkAll(union.Types);
                break;
            case UnionTypeExtensionNode union:
                WalkAll(union.Directives);
                WalkAll(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                WalkAll(enumType.Directives);
                WalkAll(enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                WalkAll(enumType.Directives);
                WalkAll(enumType.Values);
                break;
            case EnumValueDefinitionNode enumValue:
                WalkAll(enumValue.Directives);
                break;
            case InputObjectTypeDefinitionNode input:
                WalkAll(input.Directives);
                WalkAll(input.Fields);
                break;
            case InputObjectTypeExtensionNode input:
                WalkAll(input.Directives);
                WalkAll(input.Fields);
                break;
            case DirectiveDefinitionNode directive:
                WalkAll(directive.Arguments);
                break;
        }
    }

    private void WalkAll<T>(NodeList<T> nodes)
        where T : Node
    {
        foreach (var node in nodes)
        {
            Walk(node);
        }
    }
}
