namespace CustomerComms.GraphQL.Types;

/// <summary>Adapts synchronous and task-returning functions to <see cref="FieldResolver" />.</summary>
public static class Resolvers
{
    /// <summary>Wraps a synchronous function; a <see cref="Task" /> or <see cref="ValueTask{TResult}" /> it returns is awaited.</summary>
    /// <param name="resolve">The function.</param>
    /// <returns>The resolver.</returns>
    public static FieldResolver FromSync(Func<ResolveContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return context => resolve(context) switch
        {
            ValueTask<object?> pending => pending,
            Task task => AwaitTask(task),
            var value => new ValueTask<object?>(value),
        };
    }

    /// <summary>Wraps a task-returning function.</summary>
    /// <typeparam name="TResult">The result type.</typeparam>
    /// <param name="resolve">The function.</param>
    /// <returns>The resolver.</returns>
    public static FieldResolver FromTask<TResult>(Func<ResolveContext, Task<TResult>> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return async context => await resolve(context).ConfigureAwait(false);
    }

    private static async ValueTask<object?> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        var type = task.GetType();
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>)
            ? type.GetProperty(nameof(Task<object>.Result))!.GetValue(task)
            : null;
    }
}
