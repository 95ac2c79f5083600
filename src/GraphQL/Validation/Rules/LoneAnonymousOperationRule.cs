// An anonymous operation is the only operation of its document.
// https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>An anonymous operation is the only operation of its document.</summary>
/// <param name="context">The validation under way.</param>
public sealed class LoneAnonymousOperationRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Lone-Anonymous-Operation";

    private int _operationCount;

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is DocumentNode document)
        {
            _operationCount = document.Definitions.Count(definition => definition is OperationDefinitionNode);
        }
        else if (node is OperationDefinitionNode { NameValue: null } operation && _operationCount > 1)
        {
            ReportError("This anonymous operation must be the only defined operation.", operation);
        }
    }
}
