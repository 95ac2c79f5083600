using System.Collections;
using System.Linq.Expressions;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Resolves a connection field: filters, orders (the key last, so the order is total) and cuts one page. When every
/// ordering is a single non-nullable comparable property, cursors hold the ordering values and <c>after</c>/<c>before</c>
/// become a WHERE on them (keyset paging); otherwise cursors hold positions (offset paging). One extra row tells
/// whether more items follow. The total count runs only when <c>totalCount</c> is selected.
/// </summary>
internal sealed class ConnectionResolver<T>(ConnectionBuilder<T> options, Func<ResolveContext, IQueryable<T>> source)
{
    public async ValueTask<object?> ResolveAsync(ResolveContext context)
    {
        var page = PageRequest.Read(context, options.DefaultPageSize, options.MaxPageSize);
        var executor = options.Executor;
        var query = QueryableFiltering.Where(source(context), context.Argument<IReadOnlyDictionary<string, object?>>("where"));
        var keys = QueryableSorting.Keys(typeof(T), context.Argument<IEnumerable>("order"), options.KeySelector);
        var filtered = query;
        Task<int> Count(CancellationToken cancellationToken) => executor.CountAsync(filtered, cancellationToken);
        return keys.TrueForAll(key => key.Seekable)
            ? await KeysetAsync(query, keys, page, Count, context.CancellationToken).ConfigureAwait(false)
            : await OffsetAsync(query, keys, page, Count, context.CancellationToken).ConfigureAwait(false);
    }

    private async Task<Connection> KeysetAsync(IQueryable<T> query, List<SortKey> keys, PageRequest page, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        if (page.After is not null)
        {
            query = query.Where(Seek(keys, Cursor.ReadKeyset(page.After, keys), forward: true));
        }

        if (page.Before is not null)
        {
            query = query.Where(Seek(keys, Cursor.ReadKeyset(page.Before, keys), forward: false));
        }

        var backward = page.Last is not null;
        var size = page.First ?? page.Last!.Value;
        var rows = await options.Executor.ToListAsync(QueryableSorting.Apply(query, keys, backward).Take(size + 1), cancellationToken).ConfigureAwait(false);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backward)
        {
            rows.Reverse();
        }

        var edges = rows.Select(row => new Edge(Cursor.Keyset(keys, row!), row!)).ToList();
        var hasNext = backward ? page.Before is not null : more;
        var hasPrevious = backward ? more : page.After is not null;
        return new Connection(edges, new PageInfo(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), count);
    }

    private async Task<Connection> OffsetAsync(IQueryable<T> query, List<SortKey> keys, PageRequest page, Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        var start = page.After is null ? 0 : Cursor.ReadOffset(page.After) + 1;
        int? end = page.Before is null ? null : Cursor.ReadOffset(page.Before);
        if (page.Last is { } last)
        {
            end ??= await count(cancellationToken).ConfigureAwait(false);
            start = Math.Max(start, end.Value - last);
        }

        var size = page.First ?? (end!.Value - start);
        if (end is { } limit)
        {
            size = Math.Max(0, Math.Min(size, limit - start));
        }

        var rows = await options.Executor.ToListAsync(QueryableSorting.Apply(query, keys, false).Skip(start).Take(size + 1), cancellationToken).ConfigureAwait(false);
        var more = rows.Count > size;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        var edges = rows.Select((row, i) => new Edge(Cursor.Offset(start + i), row!)).ToList();
        var hasNext = page.Last is null ? more : page.Before is not null;
        return new Connection(edges, new PageInfo(hasNext, start > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor), count);
    }

    /// <summary>Items after (or before) the cursor values in the query's order: (k1 &gt; v1) or (k1 = v1 and k2 &gt; v2) or …</summary>
    private static Expression<Func<T, bool>> Seek(List<SortKey> keys, object?[] values, bool forward)
    {
        var parameter = Expression.Parameter(typeof(T), "x");
        var members = keys.Select(key => new ParameterRebinder(key.Selector.Parameters[0], parameter).Visit(key.Selector.Body)).ToArray();
        var alternatives = new List<Expression>();
        for (var i = 0; i < keys.Count; i++)
        {
            var value = QueryValues.Parameter(values[i], members[i].Type);
            var op = keys[i].Descending == forward ? "lt" : "gt";
            var condition = ScalarConditions.Compare(op, members[i], value);
            for (var j = i - 1; j >= 0; j--)
            {
                condition = Expression.AndAlso(Expression.Equal(members[j], QueryValues.Parameter(values[j], members[j].Type)), condition);
            }

            alternatives.Add(condition);
        }

        return Expression.Lambda<Func<T, bool>>(QueryableFiltering.Combine(alternatives, Expression.OrElse, false), parameter);
    }

    private sealed class ParameterRebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
