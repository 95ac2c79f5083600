// Fields of scalar and enum types have no selection set; fields of object, interface and union types have one.
// https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Fields of scalar and enum types have no selection set; fields of object, interface and union types have one.</summary>
/// <param name="context">The validation under way.</param>
public sealed class ScalarLeafsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Leaf-Field-Selections";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is not FieldNode field || Context.Type is not { } type)
        {
            return;
        }

        var name = field.NameValue;
        if (type.GetNamedType().IsLeafType)
        {
            if (field.SelectionSet is { } selectionSet)
            {
                ReportError($"Field \"{name}\" must not have a selection since type \"{type}\" has no subfields.", selectionSet);
            }
        }
        else if (field.SelectionSet is null)
        {
            ReportError($"Field \"{name}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{name} {{ ... }}\"?", field);
        }
        else if (field.SelectionSet.Selections.Count == 0)
        {
            ReportError($"Field \"{name}\" of type \"{type}\" must have at least one field selected.", field);
        }
    }
}
