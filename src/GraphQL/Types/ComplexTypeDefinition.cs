using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>What the builder collected for an object or interface type.</summary>
internal sealed class ComplexTypeDefinition(string name, bool isInterface)
{
    public string Name { get; } = name;

    public bool IsInterface { get; } = isInterface;

    public string? Description { get; set; }

    public Type? ClrType { get; set; }

    public List<string> Interfaces { get; } = [];

    public List<FieldBuilder> Fields { get; } = [];

    public List<DirectiveNode> Directives { get; } = [];

    public Func<object, ResolveContext, bool>? IsTypeOf { get; set; }

    public TypeResolver? ResolveType { get; set; }

    /// <summary>The field of that name, added when missing (so that a later definition or resolver extends it).</summary>
    public FieldBuilder FieldNamed(string fieldName, TypeReference? type)
    {
        var field = Fields.Find(candidate => candidate.Name == fieldName);
        if (field is null)
        {
            field = new FieldBuilder(fieldName, type);
            Fields.Add(field);
        }

        return field;
    }
}
