using System.Linq.Expressions;

namespace CustomerComms.GraphQL.Data;

/// <summary>One ordering of a query: the key selector, its direction, and whether keyset paging can seek on it.</summary>
/// <param name="Selector">The key, e.g. <c>x =&gt; x.Customer.Name</c>.</param>
/// <param name="Descending">Largest first.</param>
/// <param name="Seekable">A single non-nullable, comparable property: a cursor can hold its value and become a WHERE.</param>
internal sealed record SortKey(LambdaExpression Selector, bool Descending, bool Seekable)
{
    private Func<object, object?>? _read;

    /// <summary>The key's value of an item (for cursors).</summary>
    public object? Read(object item)
    {
        if (_read is null)
        {
            var instance = Expression.Parameter(typeof(object), "item");
            var body = Expression.Convert(Expression.Invoke(Selector, Expression.Convert(instance, Selector.Parameters[0].Type)), typeof(object));
            _read = Expression.Lambda<Func<object, object?>>(body, instance).Compile();
        }

        return _read(item);
    }
}
