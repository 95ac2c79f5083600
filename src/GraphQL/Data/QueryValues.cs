using System.Collections;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using CustomerComms.GraphQL.Execution;

namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Turns coerced argument values into expression-tree values of a property's type. Values are read from a
/// <see cref="StrongBox{T}" /> field rather than embedded as constants, so LINQ providers such as EF Core send them
/// as SQL parameters and reuse the query plan.
/// </summary>
internal static class QueryValues
{
    /// <summary>A parameter-like expression of type <paramref name="type" /> holding <paramref name="value" />.</summary>
    public static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }

    /// <summary>A parameter-like array of <paramref name="elementType" /> from a list argument.</summary>
    public static Expression ArrayParameter(object? values, Type elementType, string op)
    {
        if (values is not IEnumerable items || values is string)
        {
            throw new GraphQLException($"The operation {op} needs a list of values.", ErrorCodes.BadUserInput);
        }

        var converted = items.Cast<object?>().Select(item => Convert(item, elementType)).ToArray();
        var array = Array.CreateInstance(elementType, converted.Length);
        for (var i = 0; i < converted.Length; i++)
        {
            array.SetValue(converted[i], i);
        }

        return Parameter(array, elementType.MakeArrayType());
    }

    /// <summary>Converts a coerced GraphQL value to <paramref name="type" /> (culture-invariant).</summary>
    public static object? Convert(object? value, Type type)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        try
        {
            return value switch
            {
                null => null,
                _ when plain.IsInstanceOfType(value) => value,
                string text when plain.IsEnum => Enum.Parse(plain, text, ignoreCase: false),
                _ when plain.IsEnum => Enum.ToObject(plain, value),
                DateTime dateTime when plain == typeof(DateTimeOffset) => new DateTimeOffset(dateTime.ToUniversalTime()),
                DateTimeOffset offset when plain == typeof(DateTime) => offset.UtcDateTime,
                DateTime dateTime when plain == typeof(DateOnly) => DateOnly.FromDateTime(dateTime),
                string text when plain == typeof(Guid) => Guid.Parse(text, CultureInfo.InvariantCulture),
                string text when plain == typeof(DateOnly) => DateOnly.Parse(text, CultureInfo.InvariantCulture),
                string text when plain == typeof(DateTime) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
                _ => System.Convert.ChangeType(value, plain, CultureInfo.InvariantCulture),
            };
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            throw new GraphQLException($"The value {value} cannot be used as {plain.Name}.", ErrorCodes.BadUserInput);
        }
    }

    /// <summary>Nullable form of a value type, so that comparisons with null are well typed.</summary>
    public static Type MakeNullable(Type type) =>
        type.IsValueType && System.Nullable.GetUnderlyingType(type) is null ? typeof(Nullable<>).MakeGenericType(type) : type;

    /// <summary><c>Enumerable.Contains&lt;T&gt;(values, item)</c>.</summary>
    public static Expression Contains(Expression values, Expression item) =>
        Expression.Call(EnumerableMethod(nameof(Enumerable.Contains), 2).MakeGenericMethod(item.Type), values, item);

    /// <summary>A generic <see cref="Enumerable" /> method by name and parameter count.</summary>
    public static MethodInfo EnumerableMethod(string name, int parameters) =>
        typeof(Enumerable).GetMethods().First(method => method.Name == name && method.GetParameters().Length == parameters);

    /// <summary>A generic <see cref="Queryable" /> method taking a source and a lambda.</summary>
    public static MethodInfo QueryableMethod(string name) =>
        typeof(Queryable).GetMethods().First(method => method.Name == name && method.GetParameters().Length == 2
            && method.GetParameters()[1].ParameterType.GetGenericArguments()[0].GetGenericArguments().Length == 2);
}
