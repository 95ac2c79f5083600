using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Data;

/// <summary>Where the read side of a resolver starts: the stored records of a type, on a context of its own.</summary>
internal static class ReadQueries
{
    /// <summary>Every stored record of <typeparamref name="T" />, not tracked, on a new context of the request.</summary>
    public static IQueryable<T> Query<T>(this ResolveContext context)
        where T : class =>
        context.Service<ReadDbContexts>().Open().Set<T>();
}
