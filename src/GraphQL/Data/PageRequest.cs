using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>The paging arguments of one connection field, checked against the page limits as HotChocolate does.</summary>
internal sealed record PageRequest(int? First, string? After, int? Last, string? Before)
{
    public static PageRequest Read(ResolveContext context, int defaultPageSize, int maxPageSize)
    {
        var first = context.Argument<int?>("first");
        var last = context.Argument<int?>("last");
        var coordinate = $"{context.ParentType.Name}.{context.Field.Name}";
        if (first < 0 || last < 0)
        {
            throw new GraphQLException("The requested number of values per page must be at least 0.", "HC0079", Extensions(coordinate, first ?? last, maxPageSize));
        }

        if (first > maxPageSize || last > maxPageSize)
        {
            throw new GraphQLException("The maximum allowed items per page were exceeded.", "HC0051", Extensions(coordinate, first ?? last, maxPageSize));
        }

        if (first is not null && last is not null)
        {
            throw new GraphQLException(
                $"Passing both `first` and `last` to paginate the `{context.Field.Name}` connection is not supported.",
                "PAGINATION_FIRST_AND_LAST",
                new Dictionary<string, object?> { ["coordinate"] = coordinate });
        }

        return new PageRequest(first ?? (last is null ? defaultPageSize : null), context.Argument<string>("after"), last, context.Argument<string>("before"));
    }

    private static Dictionary<string, object?> Extensions(string coordinate, int? requested, int max) => new()
    {
        ["coordinate"] = coordinate,
        ["requestedItems"] = requested,
        ["maxAllowedItems"] = max,
    };
}
