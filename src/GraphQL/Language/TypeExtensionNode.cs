namespace CustomerComms.GraphQL.Language;

/// <summary>A named type extension: <c>extend scalar|type|interface|union|enum|input Name ...</c>.</summary>
public abstract record TypeExtensionNode : TypeSystemExtensionNode
{
    /// <summary>The name of the extended type.</summary>
    public abstract NameNode Name { get; init; }

    /// <summary>The directives added, in source order.</summary>
    public abstract NodeList<DirectiveNode> Directives { get; init; }
}
