using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Data;

/// <summary>Defines <c>PageInfo</c>, <c>XConnection</c> and <c>XEdge</c> on a schema builder, each once.</summary>
internal static class ConnectionTypes
{
    /// <summary>Defines the connection and edge types and returns the connection type's name.</summary>
    public static string Define(SchemaBuilder schema, string prefix, string nodeType)
    {
        DefinePageInfo(schema);
        var connection = prefix + "Connection";
        var edge = prefix + "Edge";
        if (schema.DefinitionsByName.ContainsKey(connection))
        {
            return connection;
        }

        schema.Object(connection, type => type
            .Description("A connection to a list of items.")
            .Field("pageInfo", "PageInfo!", context => ((Connection)context.Parent!).PageInfo, field => field.Description("Information to aid in pagination."))
            .Field("edges", $"[{edge}!]", context => ((Connection)context.Parent!).Edges, field => field.Description("A list of edges."))
            .Field("nodes", $"[{nodeType}!]", context => ((Connection)context.Parent!).Nodes, field => field.Description("A flattened list of the nodes."))
            .FieldAsync("totalCount", "Int!", context => ((Connection)context.Parent!).TotalCountAsync(context.CancellationToken), field => field.Description("Identifies the total count of items in the connection.")));
        schema.Object(edge, type => type
            .Description("An edge in a connection.")
            .Field("cursor", "String!", context => ((Edge)context.Parent!).Cursor, field => field.Description("A cursor for use in pagination."))
            .Field("node", $"{nodeType}!", context => ((Edge)context.Parent!).Node, field => field.Description("The item at the end of the edge.")));
        return connection;
    }

    private static void DefinePageInfo(SchemaBuilder schema)
    {
        if (schema.DefinitionsByName.ContainsKey("PageInfo"))
        {
            return;
        }

        schema.Object("PageInfo", type => type
            .Description("Information about pagination in a connection.")
            .Field("hasNextPage", "Boolean!", context => ((PageInfo)context.Parent!).HasNextPage, field => field.Description("Indicates whether more edges exist following the set defined by the clients arguments."))
            .Field("hasPreviousPage", "Boolean!", context => ((PageInfo)context.Parent!).HasPreviousPage, field => field.Description("Indicates whether more edges exist prior the set defined by the clients arguments."))
            .Field("startCursor", "String", context => ((PageInfo)context.Parent!).StartCursor, field => field.Description("When paginating backwards, the cursor to continue."))
            .Field("endCursor", "String", context => ((PageInfo)context.Parent!).EndCursor, field => field.Description("When paginating forwards, the cursor to continue.")));
    }
}
