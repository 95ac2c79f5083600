// Every fragment defined is spread, directly or through other fragments, by some operation.
// https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every fragment defined is spread, directly or through other fragments, by some operation.</summary>
/// <param name="context">The validation under way.</param>
public sealed class NoUnusedFragmentsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Fragments-Must-Be-Used";

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            used.UnionWith(Context.GetRecursivelyReferencedFragments(operation).Select(fragment => fragment.NameValue));
        }

        foreach (var fragment in document.Definitions.OfType<FragmentDefinitionNode>())
        {
            if (!used.Contains(fragment.NameValue))
            {
                ReportError($"Fragment \"{fragment.NameValue}\" is never used.", fragment);
            }
        }
    }
}
