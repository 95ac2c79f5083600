// Every non-null argument without a default value is given, on fields and directives.
// https://spec.graphql.org/September2025/#sec-Required-Arguments
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every non-null argument without a default value is given, on fields and directives.</summary>
/// <param name="context">The validation under way.</param>
public sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Required-Arguments";

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        switch (node)
        {
            case FieldNode field when Context.FieldDef is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired && !IsProvided(field.Arguments, argument.Name))
                    {
                        ReportError($"Field \"{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", field);
                    }
                }

                break;
            case DirectiveNode directive when Context.Schema.GetDirective(directive.NameValue) is { } definition:
                foreach (var argument in definition.Arguments)
                {
                    if (argument.IsRequired && !IsProvided(directive.Arguments, argument.Name))
                    {
                        ReportError($"Directive \"@{definition.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.", directive);
                    }
                }

                break;
        }
    }

    private static bool IsProvided(NodeList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (argument.NameValue == name)
            {
                return true;
            }
        }

        return false;
    }
}
