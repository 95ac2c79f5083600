namespace CustomerComms.GraphQL.Language;

/// <summary>A type system definition: a schema, type or directive definition.</summary>
public abstract record TypeSystemDefinitionNode : DefinitionNode;
