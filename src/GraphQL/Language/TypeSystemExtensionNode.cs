namespace CustomerComms.GraphQL.Language;

/// <summary>A type system extension: a schema or type extension.</summary>
public abstract record TypeSystemExtensionNode : DefinitionNode;
