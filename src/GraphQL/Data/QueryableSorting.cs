using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Translates a coerced <c>order: [XSortInput!]</c> value into <c>OrderBy</c>/<c>ThenBy</c> calls, which a LINQ
/// provider turns into SQL ORDER BY.
/// </summary>
public static class QueryableSorting
{
    /// <summary>Orders <paramref name="source" /> by a coerced sort input list, then by <paramref name="key" /> ascending so the order is total.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="order">The <c>order</c> argument, or null.</param>
    /// <param name="key">The unique key that breaks ties, or null for none.</param>
    /// <returns>The ordered query.</returns>
    public static IQueryable<T> OrderBy<T>(IQueryable<T> source, IEnumerable? order, LambdaExpression? key = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Apply(source, Keys(typeof(T), order, key), reverse: false);
    }

    internal static List<SortKey> Keys(Type type, IEnumerable? order, LambdaExpression? key)
    {
        var keys = new List<SortKey>();
        var parameter = Expression.Parameter(type, "x");
        foreach (var item in order?.Cast<object?>() ?? [])
        {
            if (item is not null)
            {
                Collect(parameter, parameter, type, QueryableFiltering.AsFields(item), keys, seekable: true);
            }
        }

        if (key is not null && !keys.Exists(existing => existing.Selector.Body.ToString() == key.Body.ToString()))
        {
            keys.Add(new SortKey(key, false, Seekable(key.Body.Type, true)));
        }

        return keys;
    }

    internal static IQueryable<T> Apply<T>(IQueryable<T> source, IReadOnlyList<SortKey> keys, bool reverse)
    {
        var expression = source.Expression;
        for (var i = 0; i < keys.Count; i++)
        {
            var descending = keys[i].Descending != reverse;
            var name = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var method = QueryValues.QueryableMethod(name).MakeGenericMethod(typeof(T), keys[i].Selector.ReturnType);
            expression = Expression.Call(method, expression, Expression.Quote(keys[i].Selector));
        }

        return source.Provider.CreateQuery<T>(expression);
    }

    private static void Collect(ParameterExpression parameter, Expression target, Type type, IReadOnlyDictionary<string, object?> fields, List<SortKey> keys, bool seekable)
    {
        foreach (var (field, value) in fields)
        {
            if (value is null)
            {
                continue;
            }

            var property = DataMembers.Properties(type).FirstOrDefault(candidate => NameConventions.ToCamelCase(candidate.Name) == field)
                ?? throw new GraphQLException($"The field {field} cannot be sorted on {type.Name}.", ErrorCodes.BadUserInput);
            var member = Expression.Property(target, property);
            if (value is IReadOnlyDictionary<string, object?> nested)
            {
                Collect(parameter, member, property.PropertyType, nested, keys, seekable: false);
                continue;
            }

            var descending = value as string == "DESC";
            var key = Nullable.GetUnderlyingType(member.Type) ?? member.Type;
            Expression sorted = key.IsEnum ? DeclarationRank(member, key) : member;
            keys.Add(new SortKey(Expression.Lambda(sorted, parameter), descending, seekable && Seekable(property, sorted.Type)));
        }
    }

    /// <summary>
    /// An enum's position among its values (by underlying value, i.e. declaration order), null last: enums may be
    /// stored by name, and ordering by the stored text would put CRITICAL before LOW. Becomes a SQL CASE expression.
    /// </summary>
    private static Expression DeclarationRank(Expression member, Type enumType)
    {
        var values = Enum.GetValuesAsUnderlyingType(enumType).Cast<object>().Select(value => Enum.ToObject(enumType, value)).ToArray();
        Expression rank = Expression.Constant(values.Length);
        for (var i = values.Length - 1; i >= 0; i--)
        {
            rank = Expression.Condition(Expression.Equal(member, Expression.Constant(values[i], member.Type)), Expression.Constant(i), rank);
        }

        return rank;
    }

    private static bool Seekable(PropertyInfo property, Type type) =>
        Seekable(type, type != typeof(string) || new NullabilityInfoContext().Create(property).ReadState == NullabilityState.NotNull);

    private static bool Seekable(Type type, bool notNull) =>
        notNull && type != typeof(bool) && (type == typeof(string) || (type.IsValueType && Nullable.GetUnderlyingType(type) is null));
}
