// No two operations of a document have the same name.
// https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>No two operations of a document have the same name.</summary>
/// <param name="context">The validation under way.</param>
public sealed class UniqueOperationNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Operation-Name-Uniqueness";

    private readonly Dictionary<string, OperationDefinitionNode> _known = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is OperationDefinitionNode { NameValue: { } name } operation)
        {
            if (_known.TryGetValue(name, out var first))
            {
                ReportError($"There can be only one operation named \"{name}\".", first.Name!, operation.Name!);
            }
            else
            {
                _known[name] = operation;
            }
        }
    }
}
