using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>An argument of a field or directive.</summary>
public sealed class Argument : InputValue
{
    internal Argument(string name, string? description, GraphQLType type, ValueNode? defaultValue, string? deprecationReason, IReadOnlyList<DirectiveNode>? directives)
        : base(name, description, type, defaultValue, deprecationReason, directives)
    {
    }
}
