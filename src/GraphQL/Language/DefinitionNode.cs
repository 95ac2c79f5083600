namespace CustomerComms.GraphQL.Language;

/// <summary>A top-level definition of a document: <c>Definition : ExecutableDefinition | TypeSystemDefinitionOrExtension</c>.</summary>
public abstract record DefinitionNode : Node;
