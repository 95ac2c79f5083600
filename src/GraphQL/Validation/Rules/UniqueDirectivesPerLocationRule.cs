// A non-repeatable directive is used at most once at each location.
// https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-Per-Location
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>A non-repeatable directive is used at most once at each location.</summary>
/// <param name="context">The validation under way.</param>
public sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Directives-Are-Unique-Per-Location";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        var directives = node switch
        {
            OperationDefinitionNode operation => operation.Directives,
            SelectionNode selection => selection.Directives,
            FragmentDefinitionNode fragment => fragment.Directives,
            VariableDefinitionNode variable => variable.Directives,
            SchemaDefinitionNode schema => schema.Directives,
            SchemaExtensionNode schema => schema.Directives,
            ScalarTypeDefinitionNode scalar => scalar.Directives,
            ScalarTypeExtensionNode scalar => scalar.Directives,
            ObjectTypeDefinitionNode objectType => objectType.Directives,
            ObjectTypeExtensionNode objectType => objectType.Directives,
            InterfaceTypeDefinitionNode interfaceType => interfaceType.Directives,
            InterfaceTypeExtensionNode interfaceType => interfaceType.Directives,
            UnionTypeDefinitionNode union => union.Directives,
            UnionTypeExtensionNode union => union.Directives,
            EnumTypeDefinitionNode enumType => enumType.Directives,
            EnumTypeExtensionNode enumType => enumType.Directives,
            InputObjectTypeDefinitionNode input => input.Directives,
            InputObjectTypeExtensionNode input => input.Directives,
            FieldDefinitionNode field => field.Directives,
            InputValueDefinitionNode inputValue => inputValue.Directives,
            EnumValueDefinitionNode enumValue => enumValue.Directives,
            _ => null,
        };
        if (directives is null || directives.Count < 2)
        {
            return;
        }

        var seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var name = directive.NameValue;
            if (Context.Schema.GetDirective(name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }
}
