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

    /// <summary>The nodes around the current one that directives can be placed on, with the location each stands for.</summary>
    private readonly Stack<DirectiveLocation?> _holders = new();

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is DirectiveNode directive)
        {
            Check(directive);
        }
        else if (IsHolder(node))
        {
            _holders.Push(LocationOf(node, _holders.TryPeek(out var outer) ? outer : null));
        }
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (IsHolder(node))
        {
            _holders.Pop();
        }
    }

    private static bool IsHolder(Node node) =>
        node is OperationDefinitionNode or FieldNode or FragmentSpreadNode or InlineFragmentNode or FragmentDefinitionNode or VariableDefinitionNode
            or TypeSystemDefinitionNode or TypeSystemExtensionNode or FieldDefinitionNode or InputValueDefinitionNode or EnumValueDefinitionNode;

    private void Check(DirectiveNode directive)
    {
        var name = directive.NameValue;
        if (Context.Schema.GetDirective(name) is not { } definition)
        {
            ReportError($"Unknown directive \"@{name}\".", directive);
            return;
        }

        if (_holders.TryPeek(out var location) && location is { } placed && !definition.Locations.Contains(placed))
        {
            ReportError($"Directive \"@{name}\" may not be used on {Directive.LocationName(placed)}.", directive);
        }
    }

    /// <summary>The location a node stands for; an input value's depends on whether it is in an input object (<paramref name="outer" />).</summary>
    private static DirectiveLocation? LocationOf(Node holder, DirectiveLocation? outer) => holder switch
    {
        OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.Query,
        OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.Mutation,
        OperationDefinitionNode { Operation: OperationType.Subscription } => DirectiveLocation.Subscription,
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
        InputValueDefinitionNode => outer == DirectiveLocation.InputObject ? DirectiveLocation.InputFieldDefinition : DirectiveLocation.ArgumentDefinition,
        _ => null,
    };
}
