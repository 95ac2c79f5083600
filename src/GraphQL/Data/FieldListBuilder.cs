using System.Linq.Expressions;
using System.Reflection;

namespace CustomerComms.GraphQL.Data;

/// <summary>Lists the properties a filter or sort input offers, instead of every supported property.</summary>
/// <typeparam name="T">The CLR type.</typeparam>
public sealed class FieldListBuilder<T>
{
    internal List<PropertyInfo> Properties { get; } = [];

    /// <summary>Offers a property.</summary>
    /// <typeparam name="TProperty">The property type.</typeparam>
    /// <param name="property">The property, e.g. <c>c =&gt; c.Name</c>.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">When the expression is not a property of <typeparamref name="T" /> the data layer supports.</exception>
    public FieldListBuilder<T> Field<TProperty>(Expression<Func<T, TProperty>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var body = property.Body is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : property.Body;
        var info = (body as MemberExpression)?.Member as PropertyInfo;
        if (info is null || DataMembers.KindOf(info.PropertyType) == MemberKind.Unsupported)
        {
            throw new ArgumentException($"Expected a filterable or sortable property such as x => x.Name but got {property}.", nameof(property));
        }

        Properties.Add(info);
        return this;
    }
}
