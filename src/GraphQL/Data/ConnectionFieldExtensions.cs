using System.Globalization;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>
/// Declares Relay connection fields over <see cref="IQueryable{T}" /> sources, shaped as HotChocolate's:
/// <c>customers(first: Int after: String last: Int before: String where: CustomerFilterInput order: [CustomerSortInput!]): CustomersConnection</c>
/// with <c>CustomersConnection { edges nodes pageInfo totalCount }</c>, <c>CustomersEdge { cursor node }</c> and <c>PageInfo</c>.
/// The item type must be bound on the builder (<see cref="SchemaBuilder.Object{T}" />); filters and orderings are
/// expression trees on the source, so the LINQ provider runs them (as SQL for EF Core).
/// </summary>
/// <example>
/// <code>
/// builder.Query(q =&gt; q.Connection("customers", ctx =&gt; ctx.Service&lt;AppDb&gt;().Customers,
///     c =&gt; c.Filter().Sort().PageSize(20, 50)));
/// </code>
/// </example>
public static class ConnectionFieldExtensions
{
    /// <summary>Adds a connection field to a root or unbound object type.</summary>
    /// <typeparam name="T">The CLR type of the items.</typeparam>
    /// <param name="type">The object type.</param>
    /// <param name="name">The field name.</param>
    /// <param name="source">The items, unfiltered and unordered (e.g. an EF Core <c>DbSet</c>).</param>
    /// <param name="configure">Adds filtering, sorting, page sizes.</param>
    /// <returns>The object type builder.</returns>
    public static ObjectTypeBuilder<object> Connection<T>(this ObjectTypeBuilder<object> type, string name, Func<ResolveContext, IQueryable<T>> source, Action<ConnectionBuilder<T>>? configure = null) =>
        Connection<object, T>(type, name, source, configure);

    /// <summary>Adds a connection field to an object type bound to <typeparamref name="TParent" /> (e.g. a customer's communications).</summary>
    /// <typeparam name="TParent">The CLR type of the parent values.</typeparam>
    /// <typeparam name="T">The CLR type of the items.</typeparam>
    /// <param name="type">The object type.</param>
    /// <param name="name">The field name.</param>
    /// <param name="source">The items of the parent (<see cref="ResolveContext.ParentAs{T}" />), unfiltered and unordered.</param>
    /// <param name="configure">Adds filtering, sorting, page sizes.</param>
    /// <returns>The object type builder.</returns>
    public static ObjectTypeBuilder<TParent> Connection<TParent, T>(this ObjectTypeBuilder<TParent> type, string name, Func<ResolveContext, IQueryable<T>> source, Action<ConnectionBuilder<T>>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        var options = new ConnectionBuilder<T>();
        configure?.Invoke(options);
        if (options.KeySelector is null)
        {
            throw new ArgumentException($"{typeof(T).Name} has no property Id; set the key that breaks ties with Key(...).", nameof(configure));
        }

        var schema = type.Schema;
        var prefix = options.TypeNamePrefix ?? string.Concat(name[..1].ToUpper(CultureInfo.InvariantCulture), name[1..]);
        var connectionType = ConnectionTypes.Define(schema, prefix, DataMembers.TypeName(schema, typeof(T)));
        var filterInput = options.Filterable ? FilterInputTypes.Define(schema, typeof(T), options.FilterFields) : null;
        var sortInput = options.Sortable ? SortInputTypes.Define(schema, typeof(T), options.SortFields) : null;
        var resolver = new ConnectionResolver<T>(options, source);
        return type.Field(name, field =>
        {
            field.Type(connectionType)
                .Argument("first", "Int", argument => argument.Description("Returns the first n items of the list."))
                .Argument("after", "String", argument => argument.Description("Returns the items after this cursor."))
                .Argument("last", "Int", argument => argument.Description("Returns the last n items of the list."))
                .Argument("before", "String", argument => argument.Description("Returns the items before this cursor."))
                .Resolve(resolver.ResolveAsync);
            if (filterInput is not null)
            {
                field.Argument("where", filterInput, argument => argument.Description("Only the items that match; translated to SQL."));
            }

            if (sortInput is not null)
            {
                field.Argument("order", $"[{sortInput}!]", argument => argument.Description("The ordering, most significant first; ties are broken by the key, so paging is stable."));
            }

            if (options.DescriptionText is not null)
            {
                field.Description(options.DescriptionText);
            }
        });
    }
}
