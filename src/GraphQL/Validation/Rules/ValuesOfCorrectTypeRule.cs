// Every literal value can be coerced to the input type expected where it appears, with every required input field given and OneOf input objects given exactly one non-null field.
// https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every literal value can be coerced to the input type expected where it appears, with every required input field given and OneOf input objects given exactly one non-null field.</summary>
/// <param name="context">The validation under way.</param>
public sealed class ValuesOfCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Values-of-Correct-Type";

    private Node? _skipping;

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (_skipping is not null)
        {
            return;
        }

        switch (node)
        {
            case ListValueNode list when Context.ParentInputType?.GetNullableType() is not ListType:
                CheckLeafValue(list);
                _skipping = list;
                break;
            case ObjectValueNode obj:
                if (Context.InputType?.GetNamedType() is InputObjectType inputObject)
                {
                    CheckObject(obj, inputObject);
                }
                else
                {
                    CheckLeafValue(obj);
                    _skipping = obj;
                }

                break;
            case ObjectFieldNode field when Context.InputType is null && Context.ParentInputType?.GetNamedType() is InputObjectType parentObject:
                var suggestions = Suggestions.List(field.NameValue, parentObject.Fields.Select(f => f.Name));
                ReportError($"Field \"{field.NameValue}\" is not defined by type \"{parentObject.Name}\".{Suggestions.DidYouMean(suggestions)}", field);
                break;
            case NullValueNode when Context.InputType is NonNullType nonNull:
                ReportError($"Expected value of type \"{nonNull}\", found null.", node);
                break;
            case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                CheckLeafValue((ValueNode)node);
                break;
        }
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (ReferenceEquals(node, _skipping))
        {
            _skipping = null;
        }
    }

    private void CheckObject(ObjectValueNode obj, InputObjectType type)
    {
        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            given[field.NameValue] = field;
        }

        foreach (var field in type.Fields)
        {
            if (!given.ContainsKey(field.Name) && field.IsRequired)
            {
                ReportError($"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.", obj);
            }
        }

        if (!type.IsOneOf)
        {
            return;
        }

        if (given.Count != 1)
        {
            ReportError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", obj);
        }
        else if (given.Values.Single().Value is NullValueNode)
        {
            ReportError($"Field \"{type.Name}.{given.Keys.Single()}\" must be non-null.", obj);
        }
    }

    // Scalars and enums decide whether a literal is valid; any other expected type rejects a leaf literal.
    private void CheckLeafValue(ValueNode node)
    {
        if (Context.InputType is not { } locationType)
        {
            return;
        }

        switch (locationType.GetNamedType())
        {
            case EnumType enumType:
                CheckEnumValue(node, enumType);
                break;
            case ScalarType scalar:
                try
                {
                    _ = scalar.ParseLiteral(node);
                }
                catch (GraphQLCoercionException error)
                {
                    ReportError(error.Message, node);
                }

                break;
            default:
                ReportError($"Expected value of type \"{locationType}\", found {Printer.Print(node)}.", node);
                break;
        }
    }

    private void CheckEnumValue(ValueNode node, EnumType enumType)
    {
        var names = enumType.Values.Select(value => value.Name);
        if (node is not EnumValueNode enumValue)
        {
            var printed = Printer.Print(node);
            var hint = Suggestions.DidYouMean(Suggestions.List(printed, names), "the enum value");
            ReportError($"Enum \"{enumType.Name}\" cannot represent non-enum value: {printed}.{hint}", node);
        }
        else if (!enumType.Values.Contains(enumValue.Value))
        {
            var hint = Suggestions.DidYouMean(Suggestions.List(enumValue.Value, names), "the enum value");
            ReportError($"Value \"{enumValue.Value}\" does not exist in \"{enumType.Name}\" enum.{hint}", node);
        }
    }
}
