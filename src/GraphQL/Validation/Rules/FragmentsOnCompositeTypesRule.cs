// Fragments condition only on objects, interfaces and unions.
// https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Fragments condition only on objects, interfaces and unions.</summary>
/// <param name="context">The validation under way.</param>
public sealed class FragmentsOnCompositeTypesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Fragments-On-Composite-Types";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                ReportError($"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition);
                break;
            case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                ReportError($"Fragment \"{fragment.NameValue}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".", fragment.TypeCondition);
                break;
        }
    }

    private bool IsNonComposite(NamedTypeNode condition) => Context.Schema.TypeFromAst(condition) is { IsCompositeType: false };
}
