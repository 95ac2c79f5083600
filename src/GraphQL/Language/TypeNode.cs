namespace CustomerComms.GraphQL.Language;

/// <summary>A type reference: named, list or non-null.</summary>
public abstract record TypeNode : Node;
