// No two variables of an operation have the same name.
// https://spec.graphql.org/September2025/#sec-Variable-Uniqueness
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>No two variables of an operation have the same name.</summary>
/// <param name="context">The validation under way.</param>
public sealed class UniqueVariableNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Variable-Uniqueness";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        foreach (var group in operation.VariableDefinitions.GroupBy(definition => definition.Variable.NameValue, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                ReportError($"There can be only one variable named \"${group.Key}\".", group.Select(definition => definition.Variable.Name));
            }
        }
    }
}
