// Every directive used is defined by the schema and allowed where it is used.
// https://spec.graphql.org/September2025/#sec-Directives-Are-Defined
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every directive used is defined by the schema and allowed where it is used.</summary>
/// <param name="context">The validation under way.</param>
public sealed class KnownDirectivesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Directives-Are-Defined";

    private readonly Stack<Node> _holders = new();

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        switch (node)
        {
            case OperationDefinitionNode or FieldNode or FragmentSpreadNode or InlineFragmentNode or FragmentDefinitionNode or VariableDefinitionNode:
                _holders.Push(node);
                break;
            case DirectiveNode directive:
                Check(directive);
                break;
        }
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is OperationDefinitionNode or FieldNode or FragmentSpreadNode or InlineFragmentNode or FragmentDefinitionNode or VariableDefinitionNode)
        {
            _holders.Pop();
        }
    }

    private void Check(DirectiveNode directive)
    {
        var name = directive.Name.Value;
        if (Context.Schema.GetDirective(name) is not { } definition)
        {
            ReportError($"Unknown directive \"@{name}\".", directive);
            return;
        }

        if (_holders.TryPeek(out var holder) && LocationOf(holder) is { } location && !definition.Locations.Contains(location))
        {
            ReportError($"Directive \"@{name}\" may not be used on {Directive.LocationName(location)}.", directive);
        }
    }

    private static DirectiveLocation? LocationOf(Node holder) => holder switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        _ => null,
    };
}
