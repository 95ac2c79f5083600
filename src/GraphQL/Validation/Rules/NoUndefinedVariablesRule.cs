// Every variable used by an operation, directly or in the fragments it spreads, is defined by that operation.
// https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every variable used by an operation, directly or in the fragments it spreads, is defined by that operation.</summary>
/// <param name="context">The validation under way.</param>
public sealed class NoUndefinedVariablesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-All-Variable-Uses-Defined";

    private readonly HashSet<string> _defined = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode:
                _defined.Clear();
                break;
            case VariableDefinitionNode definition:
                _defined.Add(definition.Variable.NameValue);
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

        foreach (var usage in Context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.NameValue;
            if (!_defined.Contains(name))
            {
                ReportError(
                    operation.NameValue is { } operationName
                        ? $"Variable \"${name}\" is not defined by operation \"{operationName}\"."
                        : $"Variable \"${name}\" is not defined.",
                    usage.Node,
                    operation);
            }
        }
    }
}
