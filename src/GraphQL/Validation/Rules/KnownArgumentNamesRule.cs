// Every argument given to a field or directive is defined by it.
// https://spec.graphql.org/September2025/#sec-Argument-Names
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every argument given to a field or directive is defined by it.</summary>
/// <param name="context">The validation under way.</param>
public sealed class KnownArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Argument-Names";

    private int _directiveDepth;

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        switch (node)
        {
            case DirectiveNode directive:
                _directiveDepth++;
                CheckDirective(directive);
                break;
            case ArgumentNode argument when _directiveDepth == 0 && Context.Argument is null && Context.FieldDef is { } field && Context.ParentType is { } parentType:
                var name = argument.NameValue;
                var suggestions = Suggestions.List(name, field.Arguments.Select(a => a.Name));
                ReportError($"Unknown argument \"{name}\" on field \"{parentType.Name}.{field.Name}\".{Suggestions.DidYouMean(suggestions)}", argument);
                break;
        }
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is DirectiveNode)
        {
            _directiveDepth--;
        }
    }

    private void CheckDirective(DirectiveNode directive)
    {
        if (Context.Schema.GetDirective(directive.NameValue) is not { } definition)
        {
            return;
        }

        foreach (var argument in directive.Arguments)
        {
            var name = argument.NameValue;
            if (!definition.Arguments.Contains(name))
            {
                var suggestions = Suggestions.List(name, definition.Arguments.Select(a => a.Name));
                ReportError($"Unknown argument \"{name}\" on directive \"@{definition.Name}\".{Suggestions.DidYouMean(suggestions)}", argument);
            }
        }
    }
}
