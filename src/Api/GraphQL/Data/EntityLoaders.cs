using System.Collections.Concurrent;
using System.Linq.Expressions;
using CustomerComms.Domain.Common;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Data;

/// <summary>
/// Resolves relations through DataLoaders: every item of a page asking for the same relation adds its key to one
/// batch, so a page costs one SQL command per relation, not one per item.
/// </summary>
internal static class EntityLoaders
{
    /// <summary>The record of type <typeparamref name="T" /> with the key, batched with the other keys of the request; null when none has it.</summary>
    public static Task<T?> LoadAsync<T>(this ResolveContext context, int id)
        where T : Entity =>
        ByIdLoader<T>(context).LoadAsync(id);

    /// <summary>As <see cref="LoadAsync{T}(ResolveContext, int)" />; null for a null key.</summary>
    public static Task<T?> LoadAsync<T>(this ResolveContext context, int? id)
        where T : Entity =>
        id is { } key ? ByIdLoader<T>(context).LoadAsync(key) : Task.FromResult<T?>(null);

    /// <summary>The records of type <typeparamref name="T" /> whose foreign key is <paramref name="parentId" />, in key order, batched with the other parents of the request.</summary>
    public static Task<IReadOnlyList<T>> LoadChildrenAsync<T>(this ResolveContext context, int parentId, Expression<Func<T, int>> foreignKey)
        where T : Entity =>
        ChildrenLoader(context, foreignKey).LoadAsync(parentId);

    /// <summary>As <see cref="LoadChildrenAsync{T}(ResolveContext, int, Expression{Func{T, int}})" /> for an optional foreign key.</summary>
    public static Task<IReadOnlyList<T>> LoadChildrenAsync<T>(this ResolveContext context, int parentId, Expression<Func<T, int?>> foreignKey)
        where T : Entity =>
        ChildrenLoader(context, foreignKey).LoadAsync(parentId);

    private static DataLoader<int, T> ByIdLoader<T>(ResolveContext context)
        where T : Entity
    {
        var contexts = context.Service<ReadDbContexts>();
        return context.DataLoader<int, T>(typeof(T).Name + ".byId", async (ids, cancellationToken) =>
        {
            var keys = new KeySet([.. ids]);
            var items = await contexts.Open().Set<T>().Where(e => keys.Values.Contains(e.Id)).ToListAsync(cancellationToken);
            return items.ToDictionary(e => e.Id);
        });
    }

    private static GroupedDataLoader<int, T> ChildrenLoader<T, TKey>(ResolveContext context, Expression<Func<T, TKey>> foreignKey)
        where T : Entity
    {
        var member = foreignKey.Body is MemberExpression { Member.Name: var name } ? name : throw new ArgumentException("The foreign key must be a property.", nameof(foreignKey));
        var contexts = context.Service<ReadDbContexts>();
        return context.GroupedDataLoader<int, T>($"{typeof(T).Name}.by{member}", async (ids, cancellationToken) =>
        {
            var keys = new KeySet([.. ids]);
            var items = await contexts.Open().Set<T>().Where(MatchesAny(foreignKey, keys)).OrderBy(e => e.Id).ToListAsync(cancellationToken);
            var read = ForeignKeyReaders<T>.For(member, foreignKey);
            return items.ToLookup(read);
        });
    }

    /// <summary><c>e =&gt; keys.Values.Contains((int)e.ForeignKey)</c>, with the keys as SQL parameters.</summary>
    private static Expression<Func<T, bool>> MatchesAny<T, TKey>(Expression<Func<T, TKey>> foreignKey, KeySet keys)
    {
        Expression body = foreignKey.Body.Type == typeof(int) ? foreignKey.Body : Expression.Convert(foreignKey.Body, typeof(int));
        var values = Expression.Property(Expression.Constant(keys), nameof(KeySet.Values));
        Expression contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(int)], values, body);
        if (foreignKey.Body.Type != typeof(int))
        {
            contains = Expression.AndAlso(Expression.NotEqual(foreignKey.Body, Expression.Constant(null, foreignKey.Body.Type)), contains);
        }

        return Expression.Lambda<Func<T, bool>>(contains, foreignKey.Parameters);
    }

    /// <summary>
    /// The compiled reader of each foreign key, made once per property rather than once per batch: compiling an
    /// expression costs far more than the lookup it serves.
    /// </summary>
    private static class ForeignKeyReaders<T>
    {
        private static readonly ConcurrentDictionary<string, Func<T, int>> Readers = new(StringComparer.Ordinal);

        public static Func<T, int> For<TKey>(string member, Expression<Func<T, TKey>> foreignKey) =>
            Readers.GetOrAdd(member, static (_, key) =>
            {
                var body = key.Body.Type == typeof(int) ? key.Body : Expression.Convert(key.Body, typeof(int));
                return Expression.Lambda<Func<T, int>>(body, key.Parameters).Compile();
            }, foreignKey);
    }

    /// <summary>Holds a batch's keys so EF Core sends them as parameters instead of inlining each in the SQL text (whose plan would then be cached per key set).</summary>
    private sealed class KeySet(int[] values)
    {
        public int[] Values { get; } = values;
    }
}
