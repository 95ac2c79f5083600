using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation;

/// <summary>
/// Walks the executable parts of a document depth-first in source order, keeping a <see cref="TypeInfo" /> up to
/// date around the visitor's calls. Names are not visited, and type-system definitions are entered and left but
/// their insides are not walked (validation concerns executable documents only).
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
