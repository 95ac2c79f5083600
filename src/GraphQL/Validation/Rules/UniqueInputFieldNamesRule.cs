// No two fields of an input object value have the same name.
// https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness
using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Validation.Rules;

/// <summary>No two fields of an input object value have the same name.</summary>
/// <param name="context">The validation under way.</param>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : ValidationRule(context)
{
    /// <inheritdoc />
    public override string SpecifiedBy => "https://spec.graphql.org/September2025/#sec-Input-Object-Field-Uniqueness";

    private readonly Stack<Dictionary<string, NameNode>> _known = new();

    /// <inheritdoc />
    public override void Enter(Node node)
    {
        switch (node)
        {
            case ObjectValueNode:
                _known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                break;
            case ObjectFieldNode field when _known.TryPeek(out var names):
                if (names.TryGetValue(field.NameValue, out var first))
                {
                    ReportError($"There can be only one input field named \"{field.NameValue}\".", first, field.Name);
                }
                else
                {
                    names[field.NameValue] = field.Name;
                }

                break;
        }
    }

    /// <inheritdoc />
    public override void Leave(Node node)
    {
        if (node is ObjectValueNode)
        {
            _known.Pop();
        }
    }
}
