namespace CustomerComms.GraphQL.Language;

/// <summary>An input value literal: variable, number, string, boolean, null, enum, list or object.</summary>
public abstract record ValueNode : Node;
