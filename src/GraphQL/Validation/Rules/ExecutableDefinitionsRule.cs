// A document submitted for execution holds only operations and fragments.
// https://spec.graphql.org/September2025/#sec-Executable-Definitions
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>A document submitted for execution holds only operations and fragments.</summary>
/// <param name="context">The validation under way.</param>
public sealed class ExecutableDefinitionsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Executable-Definitions";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        foreach (var definition in document.Definitions)
        {
            var name = definition switch
            {
                ExecutableDefinitionNode => null,
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                TypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "\"" + definition.Kind + "\"",
            };
            if (name is not null)
            {
                ReportError($"The {name} definition is not executable.", definition);
            }
        }
    }
}
