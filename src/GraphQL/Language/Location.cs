namespace CustomerComms.GraphQL.Language;

/// <summary>The source range of a node or token.</summary>
/// <param name="Start">Offset (UTF-16 code units) of the first character.</param>
/// <param name="End">Offset just past the last character.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
public readonly record struct Location(int Start, int End, int Line, int Column);
