// Every field selected is defined on the type it is selected on (or is an introspection meta-field).
// https://spec.graphql.org/September2025/#sec-Field-Selections
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every field selected is defined on the type it is selected on (or is an introspection meta-field).</summary>
/// <param name="context">The validation under way.</param>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Field-Selections";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is not FieldNode field || Context.ParentType is not { } parentType || Context.FieldDef is not null || Context.IsMetaField)
        {
            return;
        }

        var name = field.NameValue;
        var suggestion = Suggestions.DidYouMean(SuggestedTypeNames(parentType, name), "to use an inline fragment on");
        if (suggestion.Length == 0)
        {
            suggestion = Suggestions.DidYouMean(parentType is ComplexType complex ? Suggestions.List(name, complex.Fields.Select(f => f.Name)) : []);
        }

        ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\".{suggestion}", field);
    }

    // The implementations of an abstract type, and the interfaces they implement, that define the field:
    // the most referenced first, then interfaces before the types implementing them, then by name.
    private List<string> SuggestedTypeNames(NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }

        var suggested = new List<NamedType>();
        var usageCount = new Dictionary<NamedType, int>();
        foreach (var possibleType in Context.Schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            if (!usageCount.ContainsKey(possibleType))
            {
                suggested.Add(possibleType);
            }

            usageCount[possibleType] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface, out var count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface] = count + 1;
            }
        }

        var schema = Context.Schema;
        var comparer = Comparer<NamedType>.Create((a, b) =>
        {
            var diff = usageCount[b] - usageCount[a];
            if (diff != 0)
            {
                return diff;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return NaturalComparer.Instance.Compare(a.Name, b.Name);
        });
        return [.. suggested.OrderBy(t => t, comparer).Select(t => t.Name)];
    }
}
