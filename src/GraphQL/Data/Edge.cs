namespace CustomerComms.GraphQL.Data;

/// <summary>An item of a connection page with its cursor.</summary>
/// <param name="Cursor">The opaque cursor to page after or before the item.</param>
/// <param name="Node">The item.</param>
public sealed record Edge(string Cursor, object Node);
