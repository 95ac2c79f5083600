// Every type named in a variable definition or type condition is defined by the schema.
// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>
/// Every type named in a variable definition or type condition is defined by the schema. As in graphql-js, types
/// defined by the document itself count as known, and inside type-system definitions the built-in scalars and
/// introspection types do too.
/// </summary>
/// <param name="context">The validation under way.</param>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    private static readonly string[] StandardTypeNames =
        ["String", "Int", "Float", "Boolean", "ID", "__Schema", "__Directive", "__DirectiveLocation", "__Type", "__Field", "__InputValue", "__EnumValue", "__TypeKind"];

    private HashSet<string>? _definedTypes;
    private int _typeSystemDepth;

    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        switch (node)
        {
            case DocumentNode document:
                _definedTypes = [.. document.Definitions.OfType<TypeDefinitionNode>().Select(NameOf)];
                break;
            case TypeSystemDefinitionNode or TypeSystemExtensionNode:
                _typeSystemDepth++;
                break;
            case NamedTypeNode named:
                Check(named);
                break;
        }
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is TypeSystemDefinitionNode or TypeSystemExtensionNode)
        {
            _typeSystemDepth--;
        }
    }

    private void Check(NamedTypeNode named)
    {
        var name = named.NameValue;
        if (Context.Schema.GetType(name) is not null || _definedTypes?.Contains(name) == true)
        {
            return;
        }

        var inTypeSystem = _typeSystemDepth > 0;
        if (inTypeSystem && StandardTypeNames.Contains(name))
        {
            return;
        }

        var known = Context.Schema.Types.Select(type => type.Name).Concat(_definedTypes ?? []);
        var suggestions = Suggestions.List(name, (inTypeSystem ? StandardTypeNames.Concat(known) : known).Distinct());
        ReportError($"Unknown type \"{name}\".{Suggestions.DidYouMean(suggestions)}", named);
    }

    private static string NameOf(TypeDefinitionNode definition) => definition switch
    {
        ScalarTypeDefinitionNode scalar => scalar.Name.Value,
        ObjectTypeDefinitionNode objectType => objectType.Name.Value,
        InterfaceTypeDefinitionNode interfaceType => interfaceType.Name.Value,
        UnionTypeDefinitionNode union => union.Name.Value,
        EnumTypeDefinitionNode enumType => enumType.Name.Value,
        _ => ((InputObjectTypeDefinitionNode)definition).Name.Value,
    };
}
