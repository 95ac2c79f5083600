using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Validation;

/// <summary>Checks an executable document against a schema with the validation rules (spec section 5).</summary>
public static class DocumentValidator
{
    /// <summary>The default limit on the number of errors reported, as in graphql-js.</summary>
    public const int DefaultMaxErrors = 100;

    /// <summary>
    /// Validates <paramref name="document" />, walking it once with every rule. When more than
    /// <paramref name="maxErrors" /> errors are found, validation stops: the result holds the first
    /// <paramref name="maxErrors" /> errors and then "Too many validation errors, error limit reached. Validation aborted.".
    /// </summary>
    /// <param name="schema">The schema.</param>
    /// <param name="document">The document.</param>
    /// <param name="rules">The rules to apply; <see cref="SpecifiedRules.All" /> when null.</param>
    /// <param name="maxErrors">The error limit; <see cref="DefaultMaxErrors" /> when null.</param>
    /// <returns>The errors, in the order the walk found them; empty when the document is valid.</returns>
    public static IReadOnlyList<ValidationError> Validate(Schema schema, DocumentNode document, IEnumerable<Func<ValidationContext, ValidationRule>>? rules = null, int? maxErrors = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        var limit = maxErrors ?? DefaultMaxErrors;
        ArgumentOutOfRangeException.ThrowIfNegative(limit, nameof(maxErrors));
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, limit);
        var visitors = (rules ?? SpecifiedRules.All).Select(create => create(context)).ToArray();
        try
        {
            new RuleWalk(typeInfo, visitors).Walk(document);
        }
        catch (ValidationAbortedException)
        {
            // The context has recorded the error that says why; the errors found so far are the result.
        }

        return context.Errors;
    }

    private sealed class RuleWalk(TypeInfo typeInfo, ValidationRule[] rules) : TypedWalk(typeInfo)
    {
        protected override bool Enter(Node node)
        {
            foreach (var rule in rules)
            {
                rule.Enter(node);
            }

            return true;
        }

        protected override void Leave(Node node)
        {
            foreach (var rule in rules)
            {
                rule.Leave(node);
            }
        }
    }
}
