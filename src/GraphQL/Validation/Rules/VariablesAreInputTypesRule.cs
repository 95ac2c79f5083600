// Variables are of scalar, enum or input object types, or lists and non-null wrappers of them.
// https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Variables are of scalar, enum or input object types, or lists and non-null wrappers of them.</summary>
/// <param name="context">The validation under way.</param>
public sealed class VariablesAreInputTypesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Variables-Are-Input-Types";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is VariableDefinitionNode definition && Context.Schema.TypeFromAst(definition.Type) is { IsInputType: false })
        {
            ReportError($"Variable \"${definition.Variable.NameValue}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".", definition.Type);
        }
    }
}
