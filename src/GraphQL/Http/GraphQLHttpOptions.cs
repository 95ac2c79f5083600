namespace CustomerComms.GraphQL.Http;

/// <summary>Settings of the GraphQL HTTP endpoint.</summary>
public sealed record GraphQLHttpOptions
{
    /// <summary>The largest request body accepted, in bytes; larger bodies get 413 before they are read in full.</summary>
    public long MaxRequestBytes { get; init; } = 1024 * 1024;

    /// <summary>Serve the GraphiQL IDE to browsers that open the endpoint.</summary>
    public bool EnableIde { get; init; } = true;

    /// <summary>Answer <c>GET …?sdl</c> with the schema in SDL.</summary>
    public bool EnableSdl { get; init; } = true;
}
