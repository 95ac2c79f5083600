// A fragment is spread only where an object could be of both the fragment type and the enclosing type.
// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>A fragment is spread only where an object could be of both the fragment type and the enclosing type.</summary>
/// <param name="context">The validation under way.</param>
public sealed class PossibleFragmentSpreadsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Fragment-Spread-Is-Possible";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        switch (node)
        {
            case InlineFragmentNode inline:
                if (Context.Type is NamedType { IsCompositeType: true } fragmentType
                    && Context.ParentType is { IsCompositeType: true } parentType
                    && !TypeComparators.DoTypesOverlap(Context.Schema, fragmentType, parentType))
                {
                    ReportError($"Fragment cannot be spread here as objects of type \"{parentType.Name}\" can never be of type \"{fragmentType.Name}\".", inline);
                }

                break;
            case FragmentSpreadNode spread:
                var name = spread.NameValue;
                if (Context.GetFragment(name) is { } fragment
                    && Context.Schema.TypeFromAst(fragment.TypeCondition) is NamedType { IsCompositeType: true } spreadType
                    && Context.ParentType is { } spreadParent
                    && !TypeComparators.DoTypesOverlap(Context.Schema, spreadType, spreadParent))
                {
                    ReportError($"Fragment \"{name}\" cannot be spread here as objects of type \"{spreadParent.Name}\" can never be of type \"{spreadType.Name}\".", spread);
                }

                break;
        }
    }
}
