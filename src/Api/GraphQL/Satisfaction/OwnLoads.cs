using System.Linq.Expressions;
using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Domain.Common;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Satisfaction;

/// <summary>
/// DataLoader loads that hand each caller a task of its own. A DataLoader caches one task per key, so fields that
/// ask for the same key (an indicator's <c>measurements</c> and <c>status</c>, two measurements' <c>indicator</c>)
/// await the same task; when it completes, .NET runs only the first awaiting continuation inline and queues the
/// others on the thread pool, where the loads of their sub-fields miss the batch being formed and go out as extra
/// SQL commands. A synchronous continuation per caller completes each caller's task inline, inside the batch.
/// </summary>
internal static class OwnLoads
{
    public static Task<T?> LoadOwnAsync<T>(this ResolveContext context, int id)
        where T : Entity =>
        Own(context.LoadAsync<T>(id));

    public static Task<T?> LoadOwnAsync<T>(this ResolveContext context, int? id)
        where T : Entity =>
        Own(context.LoadAsync<T>(id));

    public static Task<IReadOnlyList<T>> LoadOwnChildrenAsync<T>(this ResolveContext context, int parentId, Expression<Func<T, int>> foreignKey)
        where T : Entity =>
        Own(context.LoadChildrenAsync(parentId, foreignKey));

    public static Task<IReadOnlyList<T>> LoadOwnChildrenAsync<T>(this ResolveContext context, int parentId, Expression<Func<T, int?>> foreignKey)
        where T : Entity =>
        Own(context.LoadChildrenAsync(parentId, foreignKey));

    /// <summary>A task that completes, inline, when <paramref name="shared" /> does, with its result or exception.</summary>
    public static Task<T> Own<T>(Task<T> shared) =>
        shared.IsCompleted
            ? shared
            : shared.ContinueWith(static task => task.GetAwaiter().GetResult(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
}
