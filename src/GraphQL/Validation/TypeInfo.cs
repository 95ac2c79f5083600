using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation;

/// <summary>
/// Keeps track, during a walk of an executable document, of the output type, parent composite type, field,
/// directive, argument and input type at the current node (graphql-js's <c>TypeInfo</c>).
/// </summary>
internal sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<(Field? Definition, bool IsMetaField)> _fieldStack = [];
    private readonly List<ValueNode?> _defaultValueStack = [];

    public GraphQLType? Type => Top(_typeStack);

    public NamedType? ParentType => Top(_parentTypeStack);

    public GraphQLType? InputType => Top(_inputTypeStack);

    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public Field? FieldDef => _fieldStack.Count > 0 ? _fieldStack[^1].Definition : null;

    public bool IsMetaField => _fieldStack.Count > 0 && _fieldStack[^1].IsMetaField;

    public ValueNode? DefaultValue => Top(_defaultValueStack);

    public Directive? Directive { get; private set; }

    public Argument? Argument { get; private set; }

    public void Enter(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is { IsCompositeType: true } ? named : null);
                break;
            case FieldNode field:
                EnterField(field);
                break;
            case DirectiveNode directive:
                Directive = schema.GetDirective(directive.NameValue);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                var conditionType = inline.TypeCondition is null ? Type?.GetNamedType() : schema.TypeFromAst(inline.TypeCondition);
                _typeStack.Add(conditionType is { IsOutputType: true } ? conditionType : null);
                break;
            case FragmentDefinitionNode fragment:
                var fragmentType = schema.TypeFromAst(fragment.TypeCondition);
                _typeStack.Add(fragmentType is { IsOutputType: true } ? fragmentType : null);
                break;
            case VariableDefinitionNode variable:
                var variableType = schema.TypeFromAst(variable.Type);
                _inputTypeStack.Add(variableType is { IsInputType: true } ? variableType : null);
                break;
            case ArgumentNode argument:
                var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
                Argument = arguments?.Find(argument.NameValue);
                _defaultValueStack.Add(Argument?.DefaultValue);
                _inputTypeStack.Add(Argument?.Type is { IsInputType: true } argumentType ? argumentType : null);
                break;
            case ListValueNode:
                var listType = InputType?.GetNullableType();
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.GetNamedType() is InputObjectType inputObject ? inputObject.Fields.Find(objectField.NameValue) : null;
                _defaultValueStack.Add(inputField?.DefaultValue);
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } fieldType ? fieldType : null);
                break;
        }
    }

    public void Leave(Node node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                _fieldStack.RemoveAt(_fieldStack.Count - 1);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
        }
    }

    private void EnterField(FieldNode field)
    {
        Field? definition = null;
        GraphQLType? fieldType = null;
        var isMeta = false;
        if (ParentType is { } parent)
        {
            var name = field.NameValue;
            if (MetaFields.Find(schema, parent, name) is { } meta)
            {
                isMeta = true;
                definition = meta;
                fieldType = meta.Type;
            }
            else if (parent is ComplexType complex)
            {
                definition = complex.GetField(name);
                fieldType = definition?.Type;
            }
        }

        _fieldStack.Add((definition, isMeta));
        _typeStack.Add(fieldType is { IsOutputType: true } ? fieldType : null);
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
