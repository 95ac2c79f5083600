// Every fragment spread names a fragment defined in the document.
// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every fragment spread names a fragment defined in the document.</summary>
/// <param name="context">The validation under way.</param>
public sealed class KnownFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Fragment-Spread-Target-Defined";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is FragmentSpreadNode spread && Context.GetFragment(spread.NameValue) is null)
        {
            ReportError($"Unknown fragment \"{spread.NameValue}\".", spread.Name);
        }
    }
}
