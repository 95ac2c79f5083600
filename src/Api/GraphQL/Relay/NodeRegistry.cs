using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Domain.Common;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Relay;

/// <summary>The object types that implement <c>Node</c>, each with the loader that finds one of its records by key.</summary>
internal sealed class NodeRegistry
{
    private readonly Dictionary<string, Func<ResolveContext, int, Task<object?>>> _loaders = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> TypeNames => _loaders.Keys;

    public void Add<T>(string typeName)
        where T : Entity =>
        _loaders.Add(typeName, async (context, key) => await context.LoadAsync<T>(key));

    /// <summary>The record a global id names, or null when the id is malformed, names an unknown type or no record.</summary>
    public Task<object?> LoadAsync(ResolveContext context, string id) =>
        GlobalId.TryParse(id, out var typeName, out var key) && _loaders.TryGetValue(typeName, out var load)
            ? load(context, key)
            : Task.FromResult<object?>(null);

    public bool Knows(string typeName) => _loaders.ContainsKey(typeName);
}
