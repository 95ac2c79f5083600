using CustomerComms.GraphQL.Language;

namespace CustomerComms.GraphQL.Types;

/// <summary>What a <see cref="FieldResolver" /> receives: one per field per parent value, created by execution.</summary>
public sealed class ResolveContext
{
    /// <summary>The schema being executed.</summary>
    public required Schema Schema { get; init; }

    /// <summary>The object type whose field is resolved.</summary>
    public required ObjectType ParentType { get; init; }

    /// <summary>The field being resolved.</summary>
    public required Field Field { get; init; }

    /// <summary>The value of the parent object: the root value for root fields.</summary>
    public object? Parent { get; init; }

    /// <summary>The coerced argument values by name; arguments neither given nor defaulted are absent.</summary>
    public required IReadOnlyDictionary<string, object?> Arguments { get; init; }

    /// <summary>The request's services (scoped to the request).</summary>
    public required IServiceProvider Services { get; init; }

    /// <summary>Cancelled when the request is aborted.</summary>
    public CancellationToken CancellationToken { get; init; }

    /// <summary>Where the field's value goes in the response.</summary>
    public required ResponsePath Path { get; init; }

    /// <summary>The field nodes of the document merged into this field (at least one).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; init; } = [];

    /// <summary>The coerced variable values of the operation.</summary>
    public IReadOnlyDictionary<string, object?> Variables { get; init; } = new Dictionary<string, object?>();

    /// <summary>State shared by every resolver of one request (safe for concurrent use).</summary>
    public required IDictionary<string, object?> Items { get; init; }

    /// <summary>An argument's value converted to <typeparamref name="T" />.</summary>
    /// <typeparam name="T">The expected CLR type.</typeparam>
    /// <param name="name">The argument name.</param>
    /// <returns>The value, or <c>default</c> when the argument is absent or null.</returns>
    /// <exception cref="InvalidCastException">When the value is not a <typeparamref name="T" />.</exception>
    public T? Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) && value is not null ? (T)value : default;

    /// <summary>The parent value as <typeparamref name="T" />.</summary>
    /// <typeparam name="T">The CLR type of the parent.</typeparam>
    /// <returns>The parent.</returns>
    /// <exception cref="InvalidCastException">When the parent is not a <typeparamref name="T" />.</exception>
    public T ParentAs<T>() => (T)Parent!;

    /// <summary>A service of the request.</summary>
    /// <typeparam name="T">The service type.</typeparam>
    /// <returns>The service.</returns>
    /// <exception cref="InvalidOperationException">When no such service is registered.</exception>
    public T Service<T>()
        where T : notnull =>
        (T?)Services.GetService(typeof(T)) ?? throw new InvalidOperationException($"No service of type {typeof(T)} is registered.");
}
