using System.Collections;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>Value completion (specification section 6.4.3, graphql-js <c>completeValue</c>).</summary>
internal sealed partial class OperationExecutor
{
    /// <summary>Completes a resolved value to <paramref name="type" />: the response value, or a <see cref="FieldFailure" />.</summary>
    private ValueTask<object?> CompleteValue(GraphQLType type, in FieldScope field, ResponsePath path, object? value)
    {
        if (value is Exception exception)
        {
            return new ValueTask<object?>(Failure(exception, field.Field.Nodes, path));
        }

        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, field, path, value);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(EnsureNonNull(inner.Result, field, path))
                : AwaitNonNull(inner, field, path);
        }

        if (value is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        try
        {
            return type switch
            {
                ListType list => CompleteList(list.OfType, field, path, value),
                ScalarType or EnumType => new ValueTask<object?>(Serialize((NamedType)type, value) ?? SerializeFailure((NamedType)type, value, field.Field.Nodes, path)),
                ObjectType objectType => CompleteObject(objectType, field, path, value),
                _ => CompleteAbstract((NamedType)type, field, path, value),
            };
        }
        catch (Exception error) when (!IsCancellation(error))
        {
            return new ValueTask<object?>(Failure(error, field.Field.Nodes, path));
        }
    }

    private async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, FieldScope field, ResponsePath path) =>
        EnsureNonNull(await inner.ConfigureAwait(false), field, path);

    private static object? EnsureNonNull(object? value, FieldScope field, ResponsePath path) =>
        value ?? new FieldFailure(GraphQLError.Field($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Field.Definition.Name}.", field.Field.Nodes, path));

    /// <summary>A leaf value serialized by its scalar or enum type; null when the type refuses it.</summary>
    private static object? Serialize(NamedType type, object value) =>
        type is ScalarType scalar ? scalar.Serialize(value) : ((EnumType)type).Serialize(value);

    private static FieldFailure SerializeFailure(NamedType type, object value, List<FieldNode> nodes, ResponsePath path) =>
        new(GraphQLError.Field($"Expected `{type.Name}.serialize({JsValue.Inspect(value)})` to return non-nullable value, returned: null", nodes, path));

    private ValueTask<object?> CompleteList(GraphQLType itemType, FieldScope field, ResponsePath path, object value)
    {
        if (value is IAsyncEnumerable<object?> stream)
        {
            return CompleteStream(itemType, field, path, stream);
        }

        if (value is string || value is not IEnumerable items)
        {
            return new ValueTask<object?>(new FieldFailure(GraphQLError.Field(
                $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Field.Definition.Name}\".",
                field.Field.Nodes,
                path)));
        }

        var result = new List<object?>();
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        foreach (var item in items)
        {
            var itemPath = new ResponsePath(path, ListIndex.Boxed(result.Count));
            var completed = CompleteValue(itemType, field, itemPath, item);
            if (completed.IsCompletedSuccessfully)
            {
                var itemValue = HandleFailure(completed.Result, itemType);
                if (itemValue is FieldFailure)
                {
                    return new ValueTask<object?>(itemValue);
                }

                result.Add(itemValue);
            }
            else
            {
                (pending ??= []).Add((result.Count, completed));
                result.Add(null);
            }
        }

        return pending is null ? new ValueTask<object?>(result) : AwaitItems(result, pending, itemType);
    }

    private async ValueTask<object?> AwaitItems(List<object?> result, List<(int Index, ValueTask<object?> Value)> pending, GraphQLType itemType)
    {
        FieldFailure? firstFailure = null;
        foreach (var (index, value) in pending)
        {
            var itemValue = HandleFailure(await value.ConfigureAwait(false), itemType);
            if (itemValue is FieldFailure failure)
            {
                firstFailure ??= failure;
            }
            else
            {
                result[index] = itemValue;
            }
        }

        return firstFailure is null ? result : firstFailure;
    }

    /// <summary>Completes the items of an async stream one after another as they arrive.</summary>
    private async ValueTask<object?> CompleteStream(GraphQLType itemType, FieldScope field, ResponsePath path, IAsyncEnumerable<object?> stream)
    {
        var result = new List<object?>();
        await foreach (var item in stream.WithCancellation(context.CancellationToken).ConfigureAwait(false))
        {
            ValueTask<object?> completed;
            using (context.Dispatcher.Frame())
            {
                completed = CompleteValue(itemType, field, new ResponsePath(path, ListIndex.Boxed(result.Count)), item);
            }

            var itemValue = HandleFailure(await completed.ConfigureAwait(false), itemType);
            if (itemValue is FieldFailure)
            {
                return itemValue;
            }

            result.Add(itemValue);
        }

        return result;
    }

    private ValueTask<object?> CompleteObject(ObjectType type, FieldScope field, ResponsePath path, object value)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value, ContextOf(field)))
        {
            return new ValueTask<object?>(new FieldFailure(GraphQLError.Field(
                $"Expected value of type \"{type.Name}\" but got: {JsValue.Inspect(value)}.",
                field.Field.Nodes,
                path)));
        }

        var subfields = context.Collector.CollectSubfields(type, field.Field);
        return ExecuteFields(type, value, path, subfields);
    }

    /// <summary>Finds the object type of a value of an interface or union, then completes it as that type (graphql-js <c>completeAbstractValue</c>).</summary>
    private ValueTask<object?> CompleteAbstract(NamedType type, FieldScope field, ResponsePath path, object value)
    {
        var resolveType = type is InterfaceType iface ? iface.ResolveType : ((UnionType)type).ResolveType;
        var typeName = resolveType?.Invoke(value, ContextOf(field)) ?? DefaultTypeResolver(type, field, value);
        string? problem = null;
        ObjectType? runtimeType = null;
        if (typeName is null)
        {
            problem = $"Abstract type \"{type.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.Field.Definition.Name}\". "
                + $"Either the \"{type.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.";
        }
        else if (context.Schema.GetType(typeName) is not { } named)
        {
            problem = $"Abstract type \"{type.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.";
        }
        else if (named is not ObjectType objectType)
        {
            problem = $"Abstract type \"{type.Name}\" was resolved to a non-object type \"{typeName}\".";
        }
        else if (!context.Schema.IsSubType(type, objectType))
        {
            problem = $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{type.Name}\".";
        }
        else
        {
            runtimeType = objectType;
        }

        return runtimeType is null
            ? new ValueTask<object?>(new FieldFailure(GraphQLError.Field(problem!, field.Field.Nodes, path)))
            : CompleteObject(runtimeType, field, path, value);
    }

    /// <summary>graphql-js <c>defaultTypeResolver</c>: a <c>__typename</c> entry of a map, else the first possible type whose <c>IsTypeOf</c> accepts the value.</summary>
    private string? DefaultTypeResolver(NamedType type, FieldScope field, object value)
    {
        var typeName = value switch
        {
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault("__typename"),
            IDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name : null,
            _ => null,
        };
        if (typeName is string name1)
        {
            return name1;
        }

        foreach (var possible in context.Schema.GetPossibleTypes(type))
        {
            if (possible.IsTypeOf is { } isTypeOf && isTypeOf(value, ContextOf(field)))
            {
                return possible.Name;
            }
        }

        return null;
    }
}
