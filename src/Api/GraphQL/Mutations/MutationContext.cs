using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Common;
using CustomerComms.Domain.Persistence;
using CustomerComms.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CustomerComms.Api.GraphQL.Mutations;

/// <summary>
/// One mutation's input and unit of work. Reading a missing record or a stale version stops the mutation with the
/// matching payload error; whatever the mutation changed is then discarded.
/// </summary>
internal sealed class MutationContext(ResolveContext resolve, IReadOnlyDictionary<string, object?> input, CustomerCommsDbContext db)
{
    public ResolveContext Resolve { get; } = resolve;

    /// <summary>The request's unit of work; the mutation's changes are saved (with their audit entries) when it returns.</summary>
    public CustomerCommsDbContext Db { get; } = db;

    public IReadOnlyDictionary<string, object?> Input { get; } = input;

    public CancellationToken CancellationToken => Resolve.CancellationToken;

    /// <summary>Whether the input names the field at all (a field sent as null counts: it clears the value).</summary>
    public bool Has(string field) => Input.ContainsKey(field);

    /// <summary>The field's value, or <c>default</c> when absent or null.</summary>
    public T? Value<T>(string field) => Input.TryGetValue(field, out var value) && value is not null ? (T)value : default;

    /// <summary>A required field's value (the input type makes it non-null, so absence is a fault, not user error).</summary>
    public T Required<T>(string field)
        where T : notnull =>
        Input.TryGetValue(field, out var value) && value is T typed ? typed : throw new InvalidOperationException($"Input field {field} is required.");

    /// <summary>An optional field's value when sent, else <paramref name="current" />: how partial updates keep what the client left out.</summary>
    public T? ValueOr<T>(string field, T? current) => Input.TryGetValue(field, out var value) ? (T?)value : current;

    /// <summary>The values of a list field (empty when absent or null).</summary>
    public IReadOnlyList<T> List<T>(string field) =>
        Input.TryGetValue(field, out var value) && value is IEnumerable<object?> items ? [.. items.Cast<T>()] : [];

    /// <summary>The nested input object of a field.</summary>
    public MutationContext Nested(string field) =>
        new(Resolve, Input.TryGetValue(field, out var value) && value is IReadOnlyDictionary<string, object?> nested ? nested : new Dictionary<string, object?>(), Db);

    /// <summary>The key of the record of type <paramref name="typeName" /> that a global id field names; a NotFoundError when it names another type or is malformed.</summary>
    public int Key(string field, string typeName) => KeyOf(Required<string>(field), field, typeName);

    /// <summary>As <see cref="Key" /> for an optional field; null when absent or null.</summary>
    public int? OptionalKey(string field, string typeName) => Value<string>(field) is { } id ? KeyOf(id, field, typeName) : null;

    /// <summary>
    /// Loads, tracked for change, the record a global id field names (with <paramref name="include" /> applied, e.g. to
    /// load a workflow's children); a NotFoundError when there is none.
    /// </summary>
    public async Task<T> FindAsync<T>(string field, string typeName, Func<IQueryable<T>, IQueryable<T>>? include = null)
        where T : Entity
    {
        var id = Required<string>(field);
        return await FindAsync(KeyOf(id, field, typeName), id, field, typeName, include);
    }

    /// <summary>As <see cref="FindAsync{T}(string, string, Func{IQueryable{T}, IQueryable{T}}?)" /> for an optional field; null when absent or null.</summary>
    public async Task<T?> FindOptionalAsync<T>(string field, string typeName, Func<IQueryable<T>, IQueryable<T>>? include = null)
        where T : Entity =>
        Value<string>(field) is { } id ? await FindAsync(KeyOf(id, field, typeName), id, field, typeName, include) : null;

    /// <summary>
    /// Checks the input's <c>version</c> against the record's (a ConcurrencyConflictError when they differ) and makes
    /// the save refuse a change that another request commits in between.
    /// </summary>
    public void ExpectVersion(Entity entity, string typeName, string field = "version")
    {
        var expected = Required<int>(field);
        if (entity.Version != expected)
        {
            throw Conflict(GlobalId.Format(typeName, entity.Id), expected, entity.Version);
        }

        Db.ExpectVersion(entity, expected);
    }

    public static MutationFailedException Conflict(string id, int expected, int? actual)
    {
        var message = actual is null
            ? $"The record {id} was removed after version {expected} was read."
            : $"The record {id} was changed by someone else: you sent version {expected}, it is now at version {actual}. Read it again and reapply your change.";
        return new MutationFailedException(new ConcurrencyConflictError(message, id, expected, actual), message);
    }

    private async Task<T> FindAsync<T>(int key, string id, string field, string typeName, Func<IQueryable<T>, IQueryable<T>>? include)
        where T : Entity
    {
        IQueryable<T> query = Db.Set<T>();
        if (include is not null)
        {
            query = include(query);
        }

        return await query.FirstOrDefaultAsync(e => e.Id == key, CancellationToken) ?? throw NotFound(id, field, typeName);
    }

    private static int KeyOf(string id, string field, string typeName) =>
        GlobalId.TryParse(id, out var type, out var key) && type == typeName ? key : throw NotFound(id, field, typeName);

    private static MutationFailedException NotFound(string id, string field, string typeName)
    {
        var message = $"No {typeName} has the id \"{id}\".";
        return new MutationFailedException(new NotFoundError(message, id, field), message);
    }
}
