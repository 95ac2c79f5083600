// A subscription selects exactly one root field, and not an introspection field.
// https://spec.graphql.org/September2025/#sec-Single-Root-Field
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>A subscription selects exactly one root field, and not an introspection field.</summary>
/// <param name="context">The validation under way.</param>
public sealed class SingleFieldSubscriptionsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Single-Root-Field";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation || Context.Schema.SubscriptionType is not { } subscriptionType)
        {
            return;
        }

        var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
        CollectFields(subscriptionType, operation.SelectionSet, fields, new HashSet<string>(StringComparer.Ordinal));
        var prefix = operation.NameValue is { } name ? $"Subscription \"{name}\"" : "Anonymous Subscription";
        if (fields.Count > 1)
        {
            ReportError($"{prefix} must select only one top level field.", fields.Values.Skip(1).SelectMany(list => list));
        }

        foreach (var fieldNodes in fields.Values)
        {
            if (fieldNodes[0].NameValue.StartsWith("__", StringComparison.Ordinal))
            {
                ReportError($"{prefix} must not select an introspection top level field.", fieldNodes);
            }
        }
    }

    // The fields the operation would execute at its root, by response name, as execution collects them with no
    // variables: a @skip or @include that depends on a variable counts as not excluding the selection.
    private void CollectFields(ObjectType type, SelectionSetNode selectionSet, Dictionary<string, List<FieldNode>> fields, HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (IsExcluded(selection))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    var key = field.ResponseKey;
                    if (!fields.TryGetValue(key, out var list))
                    {
                        fields[key] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline when Applies(inline.TypeCondition, type):
                    CollectFields(type, inline.SelectionSet, fields, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.NameValue):
                    if (Context.GetFragment(spread.NameValue) is { } fragment && Applies(fragment.TypeCondition, type))
                    {
                        CollectFields(type, fragment.SelectionSet, fields, visitedFragments);
                    }

                    break;
            }
        }
    }

    private bool Applies(NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null)
        {
            return true;
        }

        var conditionType = Context.Schema.TypeFromAst(condition);
        return ReferenceEquals(conditionType, type) || (conditionType is NamedType { IsAbstractType: true } abstractType && Context.Schema.IsSubType(abstractType, type));
    }

    private static bool IsExcluded(SelectionNode selection)
    {
        foreach (var directive in selection.Directives)
        {
            var value = directive.Arguments.FirstOrDefault(argument => argument.NameValue == "if")?.Value;
            if ((directive.NameValue == "skip" && value is BooleanValueNode { Value: true })
                || (directive.NameValue == "include" && value is BooleanValueNode { Value: false }))
            {
                return true;
            }
        }

        return false;
    }
}
