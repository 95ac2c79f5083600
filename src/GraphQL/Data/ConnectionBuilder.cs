using System.Linq.Expressions;
using System.Reflection;

namespace CustomerComms.GraphQL.Data;

/// <summary>Configures a connection field: its key, filtering, sorting, page sizes and type names.</summary>
/// <typeparam name="T">The CLR type of the items.</typeparam>
public sealed class ConnectionBuilder<T>
{
    internal ConnectionBuilder()
    {
        var id = typeof(T).GetProperty("Id", BindingFlags.Public | BindingFlags.Instance);
        if (id is not null)
        {
            var parameter = Expression.Parameter(typeof(T), "x");
            KeySelector = Expression.Lambda(Expression.Property(parameter, id), parameter);
        }
    }

    internal LambdaExpression? KeySelector { get; private set; }

    internal bool Filterable { get; private set; }

    internal IReadOnlyCollection<PropertyInfo>? FilterFields { get; private set; }

    internal bool Sortable { get; private set; }

    internal IReadOnlyCollection<PropertyInfo>? SortFields { get; private set; }

    internal int DefaultPageSize { get; private set; } = 10;

    internal int MaxPageSize { get; private set; } = 100;

    internal string? TypeNamePrefix { get; private set; }

    internal string? DescriptionText { get; private set; }

    internal IQueryableExecutor Executor { get; private set; } = AsyncEnumerableQueryableExecutor.Instance;

    /// <summary>Sets the unique key that ends every ordering (and so breaks ties); the property <c>Id</c> by default.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <param name="key">The key, e.g. <c>c =&gt; c.Number</c>.</param>
    /// <returns>This builder.</returns>
    public ConnectionBuilder<T> Key<TKey>(Expression<Func<T, TKey>> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        KeySelector = key;
        return this;
    }

    /// <summary>Adds the argument <c>where: XFilterInput</c>.</summary>
    /// <param name="configure">Lists the filterable properties; null offers every supported one. The input type is shared by every field of that type.</param>
    /// <returns>This builder.</returns>
    public ConnectionBuilder<T> Filter(Action<FieldListBuilder<T>>? configure = null)
    {
        Filterable = true;
        FilterFields = Fields(configure);
        return this;
    }

    /// <summary>Adds the argument <c>order: [XSortInput!]</c>.</summary>
    /// <param name="configure">Lists the sortable properties; null offers every supported one. The input type is shared by every field of that type.</param>
    /// <returns>This builder.</returns>
    public ConnectionBuilder<T> Sort(Action<FieldListBuilder<T>>? configure = null)
    {
        Sortable = true;
        SortFields = Fields(configure);
        return this;
    }

    /// <summary>Sets the page sizes (10 and 100 by default).</summary>
    /// <param name="defaultSize">The page size when neither <c>first</c> nor <c>last</c> is given.</param>
    /// <param name="maxSize">The largest <c>first</c> or <c>last</c> accepted.</param>
    /// <returns>This builder.</returns>
    public ConnectionBuilder<T> PageSize(int defaultSize, int maxSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultSize);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSize, defaultSize);
        DefaultPageSize = defaultSize;
        MaxPageSize = maxSize;
        return this;
    }

    /// <summary>Names the connection and edge types <c>{prefix}Connection</c> and <c>{prefix}Edge</c>; the field name in PascalCase by default, as HotChocolate does.</summary>
    /// <param name="prefix">The prefix, e.g. <c>Customers</c>.</param>
    /// <returns>This builder.</returns>
    public ConnectionBuilder<T> TypeName(string prefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(prefix);
        TypeNamePrefix = prefix;
        return this;
    }

    /// <summary>Sets the field's description.</summary>
    /// <param name="description">The description (Markdown).</param>
    /// <returns>This builder.</returns>
    public ConnectionBuilder<T> Description(string description)
    {
        DescriptionText = description;
        return this;
    }

    /// <summary>Runs the queries with <paramref name="executor" />, e.g. one calling EF Core's <c>ToListAsync</c> and <c>CountAsync</c>.</summary>
    /// <param name="executor">The executor.</param>
    /// <returns>This builder.</returns>
    public ConnectionBuilder<T> ExecuteWith(IQueryableExecutor executor)
    {
        ArgumentNullException.ThrowIfNull(executor);
        Executor = executor;
        return this;
    }

    private static List<PropertyInfo>? Fields(Action<FieldListBuilder<T>>? configure)
    {
        if (configure is null)
        {
            return null;
        }

        var fields = new FieldListBuilder<T>();
        configure(fields);
        return fields.Properties;
    }
}
