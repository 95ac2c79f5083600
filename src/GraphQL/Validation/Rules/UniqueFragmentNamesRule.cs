// No two fragments of a document have the same name.
// https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>No two fragments of a document have the same name.</summary>
/// <param name="context">The validation under way.</param>
public sealed class UniqueFragmentNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Fragment-Name-Uniqueness";

    private readonly Dictionary<string, FragmentDefinitionNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is FragmentDefinitionNode fragment)
        {
            var name = fragment.NameValue;
            if (_known.TryGetValue(name, out var first))
            {
                ReportError($"There can be only one fragment named \"{name}\".", first.Name, fragment.Name);
            }
            else
            {
                _known[name] = fragment;
            }
        }
    }
}
