namespace CustomerComms.GraphQL.Data;

/// <summary>Where a connection page lies (Relay <c>PageInfo</c>).</summary>
/// <param name="HasNextPage">More items follow the page.</param>
/// <param name="HasPreviousPage">Items precede the page.</param>
/// <param name="StartCursor">The cursor of the first item, or null for an empty page.</param>
/// <param name="EndCursor">The cursor of the last item, or null for an empty page.</param>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);
