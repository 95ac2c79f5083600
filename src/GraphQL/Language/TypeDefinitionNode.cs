namespace CustomerComms.GraphQL.Language;

/// <summary>A named type definition: scalar, object, interface, union, enum or input object.</summary>
public abstract record TypeDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>The description written before the definition, or null.</summary>
    public abstract StringValueNode? Description { get; init; }

    /// <summary>The type name.</summary>
    public abstract NameNode Name { get; init; }

    /// <summary>The directives applied, in source order.</summary>
    public abstract NodeList<DirectiveNode> Directives { get; init; }
}
