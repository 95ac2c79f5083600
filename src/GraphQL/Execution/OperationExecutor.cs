using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;
using CustomerComms.GraphQL.Types.Introspection;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Executes one operation (specification section 6.3): root fields of mutations one after another, other
/// sibling fields started together and awaited together (or one by one when
/// <see cref="ExecutionOptions.ConcurrentFields" /> is off), each field's value completed to its type.
/// Synchronous resolvers complete without allocating tasks.
/// </summary>
internal sealed partial class OperationExecutor(OperationContext context)
{
    /// <summary>Runs the operation.</summary>
    /// <exception cref="OperationCanceledException">When the request is cancelled.</exception>
    public async Task<ExecutionResult> ExecuteAsync(object? rootValue)
    {
        var operation = context.Operation;
        var rootType = context.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            var name = operation.Operation.ToString().ToLowerInvariant();
            return ExecutionResult.FromData(null, [GraphQLError.Request($"Schema is not configured to execute {name} operation.", ErrorCodes.OperationResolutionFailure, [operation])]);
        }

        OrderedDictionary<string, List<FieldNode>> fields;
        try
        {
            fields = context.Collector.CollectRoot(rootType, operation.SelectionSet);
        }
        catch (GraphQLException exception)
        {
            return ExecutionResult.FromData(null, [ErrorOf(exception, [], null)]);
        }

        ValueTask<object?> pending;
        using (context.DataLoaders.Dispatcher.Frame())
        {
            pending = operation.Operation == OperationType.Mutation
                ? ExecuteFieldsSerially(rootType, rootValue, null, fields)
                : ExecuteFields(rootType, rootValue, null, fields);
        }

        var data = await pending.ConfigureAwait(false);
        if (data is FieldFailure failure)
        {
            context.AddError(failure.Error);
            data = null;
        }

        return ExecutionResult.FromData((IReadOnlyDictionary<string, object?>?)data, context.Errors());
    }

    /// <summary>Executes sibling fields; the result is the response map, or a <see cref="FieldFailure" /> when a non-null field failed.</summary>
    private ValueTask<object?> ExecuteFields(ObjectType parentType, object? source, ResponsePath? path, OrderedDictionary<string, List<FieldNode>> fields)
    {
        if (!context.Options.ConcurrentFields)
        {
            return ExecuteFieldsSerially(parentType, source, path, fields);
        }

        var result = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        foreach (var (key, nodes) in fields)
        {
            var field = FieldDefinition(parentType, nodes[0].Name.Value);
            if (field is null)
            {
                continue;
            }

            var value = ExecuteField(parentType, field, source, nodes, new ResponsePath(path, key));
            if (value.IsCompletedSuccessfully)
            {
                if (value.Result is FieldFailure failure)
                {
                    return new ValueTask<object?>(failure);
                }

                result.Add(key, value.Result);
            }
            else
            {
                result.Add(key, null);
                (pending ??= []).Add((result.Count - 1, value));
            }
        }

        return pending is null ? new ValueTask<object?>(result) : AwaitFields(result, pending);
    }

    private static async ValueTask<object?> AwaitFields(OrderedDictionary<string, object?> result, List<(int Index, ValueTask<object?> Value)> pending)
    {
        FieldFailure? firstFailure = null;
        foreach (var (index, value) in pending)
        {
            var completed = await value.ConfigureAwait(false);
            if (completed is FieldFailure failure)
            {
                firstFailure ??= failure;
            }
            else
            {
                result.SetAt(index, completed);
            }
        }

        return firstFailure is null ? result : firstFailure;
    }

    /// <summary>Executes fields one after another (graphql-js <c>executeFieldsSerially</c>), stopping at a failed non-null field.</summary>
    private async ValueTask<object?> ExecuteFieldsSerially(ObjectType parentType, object? source, ResponsePath? path, OrderedDictionary<string, List<FieldNode>> fields)
    {
        var result = new OrderedDictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var (key, nodes) in fields)
        {
            var field = FieldDefinition(parentType, nodes[0].Name.Value);
            if (field is null)
            {
                continue;
            }

            ValueTask<object?> pending;
            using (context.DataLoaders.Dispatcher.Frame())
            {
                pending = ExecuteField(parentType, field, source, nodes, new ResponsePath(path, key));
            }

            var value = await pending.ConfigureAwait(false);
            if (value is FieldFailure)
            {
                return value;
            }

            result.Add(key, value);
        }

        return result;
    }

    /// <summary>The field definition, including the introspection fields <c>__typename</c>, and <c>__schema</c> and <c>__type</c> on the query type.</summary>
    private Field? FieldDefinition(ObjectType parentType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == IntrospectionFields.TypeName.Name)
            {
                return IntrospectionFields.TypeName;
            }

            if (ReferenceEquals(parentType, context.Schema.QueryType))
            {
                if (name == IntrospectionFields.Schema.Name)
                {
                    return IntrospectionFields.Schema;
                }

                if (name == IntrospectionFields.Type.Name)
                {
                    return IntrospectionFields.Type;
                }
            }
        }

        return parentType.GetField(name);
    }

    /// <summary>Resolves and completes one field; errors become a null value and a recorded error, or a <see cref="FieldFailure" /> for non-null fields.</summary>
    private ValueTask<object?> ExecuteField(ObjectType parentType, Field field, object? source, List<FieldNode> nodes, ResponsePath path)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        ResolveContext resolveContext;
        ValueTask<object?> resolved;
        try
        {
            resolveContext = new ResolveContext
            {
                Schema = context.Schema,
                ParentType = parentType,
                Field = field,
                Parent = source,
                Arguments = ArgumentCoercion.Coerce(field.Arguments, nodes[0], nodes[0].Arguments, context.Variables),
                Services = context.Services,
                CancellationToken = context.CancellationToken,
                Path = path,
                FieldNodes = nodes,
                Variables = context.Variables,
                Items = context.Items,
            };
            resolved = field.Resolver(resolveContext);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFailure(Failure(exception, nodes, path), field.Type));
        }

        if (resolved.IsCompletedSuccessfully)
        {
            var completed = CompleteValue(field.Type, resolveContext, path, resolved.Result);
            return completed.IsCompletedSuccessfully
                ? new ValueTask<object?>(HandleFailure(completed.Result, field.Type))
                : AwaitCompleted(completed, field.Type);
        }

        return AwaitResolved(resolved, field, resolveContext, path);
    }

    private async ValueTask<object?> AwaitResolved(ValueTask<object?> resolved, Field field, ResolveContext resolveContext, ResponsePath path)
    {
        object? value;
        try
        {
            value = await resolved.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFailure(Failure(exception, resolveContext.FieldNodes, path), field.Type);
        }

        ValueTask<object?> completed;
        using (context.DataLoaders.Dispatcher.Frame())
        {
            completed = CompleteValue(field.Type, resolveContext, path, value);
        }

        return HandleFailure(await completed.ConfigureAwait(false), field.Type);
    }

    private async ValueTask<object?> AwaitCompleted(ValueTask<object?> completed, GraphQLType type) =>
        HandleFailure(await completed.ConfigureAwait(false), type);

    /// <summary>At a nullable position a failure is recorded and becomes null; at a non-null one it travels on.</summary>
    private object? HandleFailure(object? value, GraphQLType type)
    {
        if (value is FieldFailure failure && type is not NonNullType)
        {
            context.AddError(failure.Error);
            return null;
        }

        return value;
    }

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    private static FieldFailure Failure(Exception exception, IReadOnlyList<Node> nodes, ResponsePath? path) => new(ErrorOf(exception, nodes, path));

    private static GraphQLError ErrorOf(Exception exception, IReadOnlyList<Node> nodes, ResponsePath? path) => exception switch
    {
        GraphQLException graphQL => GraphQLError.Field(graphQL.Message, graphQL.Nodes ?? nodes, path, graphQL.Code, graphQL.Extensions),
        _ => GraphQLError.Field(exception.Message, nodes, path),
    };
}
