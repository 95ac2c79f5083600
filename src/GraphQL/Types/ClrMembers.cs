using System.Linq.Expressions;
using System.Reflection;

namespace CustomerComms.GraphQL.Types;

/// <summary>Reads the CLR members the builder binds to.</summary>
internal static class ClrMembers
{
    public static PropertyInfo PropertyOf(LambdaExpression expression)
    {
        var body = expression.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : expression.Body;
        return (body as MemberExpression)?.Member as PropertyInfo
            ?? throw new ArgumentException($"Expected a property access such as x => x.Name but got {expression}.", nameof(expression));
    }

    public static IEnumerable<PropertyInfo> ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetIndexParameters().Length == 0);
}
