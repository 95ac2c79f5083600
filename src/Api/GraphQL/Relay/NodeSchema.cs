using CustomerComms.Domain.Common;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Relay;

/// <summary>Relay's object identification (DESIGN §4): <c>interface Node</c>, <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
internal static class NodeSchema
{
    /// <summary>The most ids one <c>nodes</c> call may ask for, as a connection's largest page.</summary>
    public const int MaxIds = 100;

    public static SchemaBuilder AddNodes(this SchemaBuilder builder, NodeRegistry nodes)
    {
        return builder
            .Interface("Node", type => type
                .Description("A record with a global id: any of them can be fetched again with `node(id:)`.")
                .Field("id", "ID!", f => f.Description("The global id: opaque, stable, unique across every type.")))
            .Query(query => query
                .FieldAsync("node", "Node", ctx => nodes.LoadAsync(ctx, ctx.Argument<string>("id")!), f => f
                    .Description("The record with this global id, of whichever type; null when the id names nothing.")
                    .Argument("id", "ID!", a => a.Description("A global id as read from any record's `id`.")))
                .FieldAsync("nodes", "[Node]!", ctx => LoadManyAsync(ctx, nodes), f => f
                    .Description($"The records with these global ids, in the order asked, null where an id names nothing; at most {MaxIds} ids.")
                    .Argument("ids", "[ID!]!", a => a.Description("Global ids."))));
    }

    /// <summary>
    /// Makes the object type a <c>Node</c>: <c>id</c> is the global id, and <c>version</c>, <c>createdAt</c>,
    /// <c>updatedAt</c> come from the record's bookkeeping.
    /// </summary>
    public static ObjectTypeBuilder<T> Node<T>(this ObjectTypeBuilder<T> type, string typeName, NodeRegistry nodes)
        where T : Entity
    {
        nodes.Add<T>(typeName);
        return type
            .Implements("Node")
            .Field("id", "ID!", ctx => GlobalId.Format(typeName, ctx.ParentAs<T>().Id), f => f
                .Description("The global id: opaque, stable, unique across every type."))
            .Field(e => e.Version, f => f
                .Description("Grows by one with every saved change. Send the version you read with a change: if someone else changed the record since, the change is refused with a ConcurrencyConflictError."))
            .Field(e => e.CreatedAt, f => f.Description("When the record was created (UTC)."))
            .Field(e => e.UpdatedAt, f => f.Description("When the record was last changed (UTC)."));
    }

    private static async Task<IReadOnlyList<object?>> LoadManyAsync(ResolveContext context, NodeRegistry nodes)
    {
        var ids = context.Argument<IEnumerable<object?>>("ids")!.Cast<string>().ToList();
        if (ids.Count > MaxIds)
        {
            throw new CustomerComms.GraphQL.Execution.GraphQLException(
                $"`nodes` accepts at most {MaxIds} ids; got {ids.Count}.", "NODE_LIMIT_EXCEEDED");
        }

        return await Task.WhenAll(ids.Select(id => nodes.LoadAsync(context, id)));
    }
}
