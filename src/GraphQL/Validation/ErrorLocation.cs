namespace CustomerComms.GraphQL.Validation;

/// <summary>A position in the document that an error refers to, as GraphQL responses report it.</summary>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct ErrorLocation(int Line, int Column);
