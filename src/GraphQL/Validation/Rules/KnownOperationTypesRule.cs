// Every operation is of a type (query, mutation, subscription) that the schema has a root type for.
// https://spec.graphql.org/September2025/#sec-Operation-Type-Existence
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every operation is of a type (query, mutation, subscription) that the schema has a root type for.</summary>
/// <param name="context">The validation under way.</param>
public sealed class KnownOperationTypesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Operation-Type-Existence";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is OperationDefinitionNode operation && Context.Schema.GetRootType(operation.Operation) is null)
        {
            var name = operation.Operation switch
            {
                OperationType.Mutation => "mutation",
                OperationType.Subscription => "subscription",
                _ => "query",
            };
            ReportError($"The {name} operation is not supported by the schema.", operation);
        }
    }
}
