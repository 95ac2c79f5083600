using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Translates a coerced <c>XFilterInput</c> value into a LINQ predicate that a LINQ provider (EF Core) turns into
/// SQL. Null semantics follow HotChocolate: <c>eq: null</c> matches missing values, <c>neq: null</c> present ones;
/// a field given as null adds no condition; string operators other than equality never match a missing value
/// (their negations do).
/// </summary>
public static class QueryableFiltering
{
    private static readonly ConcurrentDictionary<(Type Type, string Field), PropertyInfo?> PropertiesByField = new();

    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo StringToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly MethodInfo StringSubstringFrom = typeof(string).GetMethod(nameof(string.Substring), [typeof(int)])!;
    private static readonly MethodInfo StringSubstringFromTo = typeof(string).GetMethod(nameof(string.Substring), [typeof(int), typeof(int)])!;
    private static readonly PropertyInfo StringLength = typeof(string).GetProperty(nameof(string.Length))!;

    /// <summary>Filters <paramref name="source" /> by a coerced filter input value.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="source">The query.</param>
    /// <param name="filter">The <c>where</c> argument: field name to operation value; null filters nothing.</param>
    /// <returns>The filtered query.</returns>
    /// <exception cref="GraphQLException">With code <c>BAD_USER_INPUT</c> for values that cannot be compared.</exception>
    public static IQueryable<T> Where<T>(IQueryable<T> source, IReadOnlyDictionary<string, object?>? filter)
    {
        ArgumentNullException.ThrowIfNull(source);
        return filter is null || filter.Count == 0 ? source : source.Where(ToPredicate<T>(filter));
    }

    /// <summary>The predicate of a coerced filter input value.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="filter">Field name to operation value.</param>
    /// <returns>The predicate; always true for an empty filter.</returns>
    public static Expression<Func<T, bool>> ToPredicate<T>(IReadOnlyDictionary<string, object?> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameter = Expression.Parameter(typeof(T), "x");
        return Expression.Lambda<Func<T, bool>>(ObjectCondition(parameter, typeof(T), filter), parameter);
    }

    private static Expression ObjectCondition(Expression target, Type type, IReadOnlyDictionary<string, object?> filter)
    {
        var conditions = new List<Expression>();
        foreach (var (field, value) in filter)
        {
            if (value is null)
            {
                continue;
            }

            switch (field)
            {
                case "and":
                    conditions.Add(Combine(Items(value).Select(item => ObjectCondition(target, type, item)), Expression.AndAlso, true));
                    continue;
                case "or":
                    conditions.Add(Combine(Items(value).Select(item => ObjectCondition(target, type, item)), Expression.OrElse, true));
                    continue;
            }

            var property = PropertiesByField.GetOrAdd((type, field), static key => DataMembers.Properties(key.Type)
                    .FirstOrDefault(candidate => NameConventions.ToCamelCase(candidate.Name) == key.Field))
                ?? throw new GraphQLException($"The field {field} cannot be filtered on {type.Name}.", ErrorCodes.BadUserInput);
            var member = Expression.Property(target, property);
            var operations = AsFields(value);
            conditions.Add(DataMembers.KindOf(property.PropertyType) switch
            {
                MemberKind.Object => ObjectCondition(member, property.PropertyType, operations),
                MemberKind.List => ListCondition(member, DataMembers.ElementType(property.PropertyType)!, operations),
                _ => ScalarConditions.Build(member, operations),
            });
        }

        return Combine(conditions, Expression.AndAlso, true);
    }

    private static Expression ListCondition(Expression member, Type element, IReadOnlyDictionary<string, object?> operations)
    {
        var conditions = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            if (value is null)
            {
                continue;
            }

            if (op == "any")
            {
                var any = Expression.Call(QueryValues.EnumerableMethod(nameof(Enumerable.Any), 1).MakeGenericMethod(element), member);
                conditions.Add(value is true ? any : Expression.Not(any));
                continue;
            }

            var item = Expression.Parameter(element, "item");
            var predicate = Expression.Lambda(typeof(Func<,>).MakeGenericType(element, typeof(bool)), ObjectCondition(item, element, AsFields(value)), item);
            var method = op == "all" ? nameof(Enumerable.All) : nameof(Enumerable.Any);
            var call = Expression.Call(QueryValues.EnumerableMethod(method, 2).MakeGenericMethod(element), member, predicate);
            conditions.Add(op == "none" ? Expression.Not(call) : call);
        }

        return Combine(conditions, Expression.AndAlso, true);
    }

    /// <summary>
    /// The string operators. SQL providers turn StartsWith and EndsWith into LIKE, which SQLite compares without case
    /// for ASCII letters; each is therefore confirmed by comparing the same-length prefix or suffix exactly, so the
    /// operators match case as in .NET unless <c>caseInsensitive</c> is set (the LIKE still narrows the rows first).
    /// </summary>
    internal static Expression StringCall(string op, Expression member, Expression value) => op switch
    {
        "contains" or "ncontains" => Expression.Call(member, StringContains, value),
        "startsWith" or "nstartsWith" => Expression.AndAlso(
            Expression.Call(member, StringStartsWith, value),
            Expression.Equal(Expression.Call(member, StringSubstringFromTo, Expression.Constant(0), Expression.Property(value, StringLength)), value)),
        _ => Expression.AndAlso(
            Expression.Call(member, StringEndsWith, value),
            Expression.Equal(Expression.Call(member, StringSubstringFrom, Expression.Subtract(Expression.Property(member, StringLength), Expression.Property(value, StringLength))), value)),
    };

    internal static Expression Lower(Expression member) => Expression.Call(member, StringToLower);

    internal static Expression Combine(IEnumerable<Expression> conditions, Func<Expression, Expression, BinaryExpression> join, bool whenEmpty) =>
        conditions.Aggregate((Expression?)null, (all, next) => all is null ? next : join(all, next)) ?? Expression.Constant(whenEmpty);

    internal static IReadOnlyDictionary<string, object?> AsFields(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new GraphQLException("A filter must be an input object.", ErrorCodes.BadUserInput);

    internal static IEnumerable<IReadOnlyDictionary<string, object?>> Items(object value) =>
        value is IEnumerable items and not IReadOnlyDictionary<string, object?>
            ? items.Cast<object?>().Where(item => item is not null).Select(AsFields)
            : [AsFields(value)];
}
