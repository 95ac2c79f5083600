// Every variable an operation defines is used by it, directly or in the fragments it spreads.
// https://spec.graphql.org/September2025/#sec-All-Variables-Used
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every variable an operation defines is used by it, directly or in the fragments it spreads.</summary>
/// <param name="context">The validation under way.</param>
public sealed class NoUnusedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-All-Variables-Used";

    private readonly List<VariableDefinitionNode> _definitions = [];

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _definitions.Clear();
                break;
            case VariableDefinitionNode definition:
                _definitions.Add(definition);
                break;
        }
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is not OperationDefinitionNode operation)
        {
            return;
        }

        var used = Context.GetRecursiveVariableUsages(operation).Select(usage => usage.Node.NameValue).ToHashSet(StringComparer.Ordinal);
        foreach (var definition in _definitions)
        {
            var name = definition.Variable.NameValue;
            if (!used.Contains(name))
            {
                ReportError(
                    operation.NameValue is { } operationName
                        ? $"Variable \"${name}\" is never used in operation \"{operationName}\"."
                        : $"Variable \"${name}\" is never used.",
                    definition);
            }
        }
    }
}
