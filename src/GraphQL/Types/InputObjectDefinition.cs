using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>What the builder collected for an input object type.</summary>
internal sealed class InputObjectDefinition(string name, Type? clrType)
{
    public string Name { get; } = name;

    public Type? ClrType { get; } = clrType;

    public string? Description { get; set; }

    public bool IsOneOf { get; set; }

    public List<InputValueBuilder> Fields { get; } = [];

    public List<DirectiveNode> Directives { get; } = [];
}
