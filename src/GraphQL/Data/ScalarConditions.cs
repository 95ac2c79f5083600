using System.Linq.Expressions;
using CustomerComms.GraphQL.Execution;

namespace CustomerComms.GraphQL.Data;

/// <summary>The operators of the operation filter inputs (<c>eq</c>, <c>gt</c>, <c>contains</c>, …) as expressions on one member.</summary>
internal static class ScalarConditions
{
    public static Expression Build(Expression member, IReadOnlyDictionary<string, object?> operations)
    {
        var ignoreCase = member.Type == typeof(string) && operations.GetValueOrDefault(FilterInputTypes.CaseInsensitive) is true;
        var conditions = new List<Expression>();
        foreach (var (op, value) in operations)
        {
            switch (op)
            {
                case FilterInputTypes.CaseInsensitive:
                    continue;
                case "and":
                    conditions.Add(QueryableFiltering.Combine(QueryableFiltering.Items(value ?? Array.Empty<object>()).Select(item => Build(member, item)), Expression.AndAlso, true));
                    continue;
                case "or":
                    conditions.Add(QueryableFiltering.Combine(QueryableFiltering.Items(value ?? Array.Empty<object>()).Select(item => Build(member, item)), Expression.OrElse, true));
                    continue;
                default:
                    conditions.Add(Operation(op, member, value, ignoreCase));
                    continue;
            }
        }

        return QueryableFiltering.Combine(conditions, Expression.AndAlso, true);
    }

    private static Expression Operation(string op, Expression member, object? value, bool ignoreCase)
    {
        var negated = op is "neq" or "nin" or "ncontains" or "nstartsWith" or "nendsWith" or "ngt" or "ngte" or "nlt" or "nlte";
        var positive = negated ? op[1..] : op;
        if (positive == "eq" && value is null)
        {
            var isNull = member.Type.IsValueType && Nullable.GetUnderlyingType(member.Type) is null
                ? (Expression)Expression.Constant(false)
                : Expression.Equal(member, Expression.Constant(null, member.Type));
            return negated ? Expression.Not(isNull) : isNull;
        }

        if (value is null)
        {
            throw new GraphQLException($"The operation {op} does not accept null.", ErrorCodes.BadUserInput);
        }

        var condition = positive switch
        {
            "eq" => Expression.Equal(Side(member, ignoreCase), Value(value, member.Type, ignoreCase)),
            "in" => QueryValues.Contains(QueryValues.ArrayParameter(ignoreCase ? Lowered(value) : value, member.Type, op), Side(member, ignoreCase)),
            "contains" or "startsWith" or "endsWith" => NotNullAnd(member, QueryableFiltering.StringCall(positive, Side(member, ignoreCase), Value(value, typeof(string), ignoreCase))),
            "gt" or "gte" or "lt" or "lte" => Compare(positive, member, Value(value, member.Type, false)),
            _ => throw new GraphQLException($"The operation {op} is not supported.", ErrorCodes.BadUserInput),
        };
        return negated ? Expression.Not(condition) : condition;
    }

    /// <summary>A comparison that also works for strings (<c>string.Compare</c>) and enums (their numbers).</summary>
    public static Expression Compare(string op, Expression left, Expression right)
    {
        if (left.Type == typeof(string))
        {
            left = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left, right);
            right = Expression.Constant(0);
        }
        else if ((Nullable.GetUnderlyingType(left.Type) ?? left.Type).IsEnum)
        {
            var plain = Nullable.GetUnderlyingType(left.Type) ?? left.Type;
            var number = Nullable.GetUnderlyingType(left.Type) is null ? Enum.GetUnderlyingType(plain) : QueryValues.MakeNullable(Enum.GetUnderlyingType(plain));
            left = Expression.Convert(left, number);
            right = Expression.Convert(right, number);
        }

        return op switch
        {
            "gt" => Expression.GreaterThan(left, right),
            "gte" => Expression.GreaterThanOrEqual(left, right),
            "lt" => Expression.LessThan(left, right),
            _ => Expression.LessThanOrEqual(left, right),
        };
    }

    private static Expression Side(Expression member, bool ignoreCase) => ignoreCase ? QueryableFiltering.Lower(member) : member;

    private static Expression Value(object value, Type type, bool ignoreCase) =>
        QueryValues.Parameter(ignoreCase && value is string text ? text.ToLowerInvariant() : QueryValues.Convert(value, type), type);

    private static object Lowered(object value) =>
        value is IEnumerable<object?> items ? items.Select(item => (item as string)?.ToLowerInvariant()).ToList() : value;

    private static Expression NotNullAnd(Expression member, Expression condition) =>
        Expression.AndAlso(Expression.NotEqual(member, Expression.Constant(null, typeof(string))), condition);
}
