// No two arguments of a field or directive have the same name.
// https://spec.graphql.org/September2025/#sec-Argument-Uniqueness
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>No two arguments of a field or directive have the same name.</summary>
/// <param name="context">The validation under way.</param>
public sealed class UniqueArgumentNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Argument-Uniqueness";

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        var arguments = node switch
        {
            FieldNode field => field.Arguments,
            DirectiveNode directive => directive.Arguments,
            _ => null,
        };
        if (arguments is null || arguments.Count < 2)
        {
            return;
        }

        foreach (var group in arguments.GroupBy(argument => argument.NameValue, StringComparer.Ordinal))
        {
            if (group.Skip(1).Any())
            {
                ReportError($"There can be only one argument named \"{group.Key}\".", group.Select(argument => argument.Name));
            }
        }
    }
}
