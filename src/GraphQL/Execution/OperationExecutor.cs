using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

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

        SelectedFields fields;
        try
        {
            fields = context.Collector.CollectRoot(rootType, operation.SelectionSet);
        }
        catch (GraphQLException exception)
        {
            return ExecutionResult.FromData(null, [ErrorOf(exception, [], null)]);
        }

        ValueTask<object?> pending;
        using (context.Dispatcher.Frame())
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
    private ValueTask<object?> ExecuteFields(ObjectType parentType, object? source, ResponsePath? path, SelectedFields fields)
    {
        if (!context.Options.ConcurrentFields)
        {
            return ExecuteFieldsSerially(parentType, source, path, fields);
        }

        var result = new ResultMap(fields);
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        var collected = fields.Fields;
        for (var index = 0; index < collected.Length; index++)
        {
            var value = ExecuteField(parentType, collected[index], source, path);
            if (value.IsCompletedSuccessfully)
            {
                if (value.Result is FieldFailure failure)
                {
                    return new ValueTask<object?>(failure);
                }

                result.SetAt(index, value.Result);
            }
            else
            {
                (pending ??= []).Add((index, value));
            }
        }

        return pending is null ? new ValueTask<object?>(result) : AwaitFields(result, pending);
    }

    private static async ValueTask<object?> AwaitFields(ResultMap result, List<(int Index, ValueTask<object?> Value)> pending)
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
    private async ValueTask<object?> ExecuteFieldsSerially(ObjectType parentType, object? source, ResponsePath? path, SelectedFields fields)
    {
        var result = new ResultMap(fields);
        for (var index = 0; index < fields.Count; index++)
        {
            ValueTask<object?> pending;
            using (context.Dispatcher.Frame())
            {
                pending = ExecuteField(parentType, fields.Fields[index], source, path);
            }

            var value = await pending.ConfigureAwait(false);
            if (value is FieldFailure)
            {
                return value;
            }

            result.SetAt(index, value);
        }

        return result;
    }

    /// <summary>Resolves and completes one field; errors become a null value and a recorded error, or a <see cref="FieldFailure" /> for non-null fields.</summary>
    private ValueTask<object?> ExecuteField(ObjectType parentType, CollectedField field, object? source, ResponsePath? parentPath)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var definition = field.Definition;
        var reader = definition.Reader;
        if (reader is not null && field.LeafType is { } leafType)
        {
            return new ValueTask<object?>(ReadLeaf(parentType, field, leafType, reader, source, parentPath));
        }

        var path = new ResponsePath(parentPath, field.Key);
        var node = field.Nodes[0];
        FieldScope scope;
        ValueTask<object?> resolved;
        try
        {
            var arguments = ArgumentCoercion.Coerce(definition.Arguments, node, node.Arguments, context.Variables);
            if (reader is not null)
            {
                scope = new FieldScope(parentType, field, source, arguments, path, null);
                resolved = new ValueTask<object?>(reader(context.Schema, parentType, source, arguments));
            }
            else
            {
                var resolveContext = NewContext(parentType, field, source, arguments, path);
                scope = new FieldScope(parentType, field, source, arguments, path, resolveContext);
                resolved = definition.Resolver(resolveContext);
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFailure(Failure(exception, field.Nodes, path), definition.Type));
        }

        if (resolved.IsCompletedSuccessfully)
        {
            var completed = CompleteValue(definition.Type, scope, path, resolved.Result);
            return completed.IsCompletedSuccessfully
                ? new ValueTask<object?>(HandleFailure(completed.Result, definition.Type))
                : AwaitCompleted(completed, definition.Type);
        }

        return AwaitResolved(resolved, scope, path);
    }

    /// <summary>
    /// <see cref="ExecuteField" /> for a scalar or enum field read without a <see cref="ResolveContext" />: the value
    /// serialized with no path or context created; anything else (null for a non-null field, an error) is completed
    /// as <see cref="CompleteValue" /> would.
    /// </summary>
    private object? ReadLeaf(ObjectType parentType, CollectedField field, NamedType leafType, FieldReader reader, object? source, ResponsePath? parentPath)
    {
        var definition = field.Definition;
        var node = field.Nodes[0];
        IReadOnlyDictionary<string, object?> arguments;
        object? value;
        object? serialized = null;
        try
        {
            arguments = ArgumentCoercion.Coerce(definition.Arguments, node, node.Arguments, context.Variables);
            value = reader(context.Schema, parentType, source, arguments);
            if (value is not null and not Exception)
            {
                serialized = Serialize(leafType, value);
                if (serialized is not null)
                {
                    return serialized;
                }
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFailure(Failure(exception, field.Nodes, new ResponsePath(parentPath, field.Key)), definition.Type);
        }

        if (value is null && definition.Type is not NonNullType)
        {
            return null;
        }

        var path = new ResponsePath(parentPath, field.Key);
        if (value is not null and not Exception)
        {
            return HandleFailure(SerializeFailure(leafType, value, field.Nodes, path), definition.Type);
        }

        var completed = CompleteValue(definition.Type, new FieldScope(parentType, field, source, arguments, path, null), path, value);
        return HandleFailure(completed.Result, definition.Type);
    }

    private ResolveContext NewContext(ObjectType parentType, CollectedField field, object? source, IReadOnlyDictionary<string, object?> arguments, ResponsePath path) => new()
    {
        Schema = context.Schema,
        ParentType = parentType,
        Field = field.Definition,
        Parent = source,
        Arguments = arguments,
        Services = context.Services,
        CancellationToken = context.CancellationToken,
        Path = path,
        FieldNodes = field.Nodes,
        Variables = context.Variables,
        Items = context.Items,
    };

    /// <summary>The context of the field's resolver, or a new one with the same values for a field read without one.</summary>
    private ResolveContext ContextOf(in FieldScope field) =>
        field.Context ?? NewContext(field.ParentType, field.Field, field.Source, field.Arguments, field.Path);

    private async ValueTask<object?> AwaitResolved(ValueTask<object?> resolved, FieldScope field, ResponsePath path)
    {
        object? value;
        try
        {
            value = await resolved.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFailure(Failure(exception, field.Field.Nodes, path), field.Field.Definition.Type);
        }

        ValueTask<object?> completed;
        using (context.Dispatcher.Frame())
        {
            completed = CompleteValue(field.Field.Definition.Type, field, path, value);
        }

        return HandleFailure(await completed.ConfigureAwait(false), field.Field.Definition.Type);
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
