// Every type named in a variable definition or type condition is defined by the schema.
// https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>Every type named in a variable definition or type condition is defined by the schema.</summary>
/// <param name="context">The validation under way.</param>
public sealed class KnownTypeNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Fragment-Spread-Type-Existence";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        if (node is NamedTypeNode named && Context.Schema.GetType(named.Name.Value) is null)
        {
            var suggestions = Suggestions.List(named.Name.Value, Context.Schema.Types.Select(type => type.Name));
            ReportError($"Unknown type \"{named.Name.Value}\".{Suggestions.DidYouMean(suggestions)}", named);
        }
    }
}
