namespace CustomerComms.GraphQL.Language;

/// <summary>A position in the document an error refers to, both one-based.</summary>
/// <param name="Line">The line.</param>
/// <param name="Column">The column.</param>
public readonly record struct ErrorLocation(int Line, int Column);
