using CustomerComms.GraphQL.Language;
using System.Text.Json;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// Runs GraphQL requests against one schema: parse (with limits) → validate → coerce variables → execute.
/// Parsed and validated documents are cached by hash of the query text. Request errors (syntax, validation,
/// operation choice, variables) give a result without <c>data</c>; field errors give <c>data</c> with nulls.
/// Thread-safe; create one per schema and reuse it.
/// </summary>
public sealed class RequestExecutor
{
    private static readonly IServiceProvider NoServices = new EmptyServiceProvider();
    private readonly DocumentCache _cache;

    /// <summary>Creates an executor.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="options">The options, or null for <see cref="ExecutionOptions.Default" />.</param>
    public RequestExecutor(Schema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
        _cache = new DocumentCache(Options.DocumentCacheSize);
    }

    /// <summary>The schema.</summary>
    public Schema Schema { get; }

    /// <summary>The options.</summary>
    public ExecutionOptions Options { get; }

    /// <summary>Runs a request given as text.</summary>
    /// <param name="query">The document text.</param>
    /// <param name="operationName">The operation to run, or null.</param>
    /// <param name="variablesJson">The variables as a JSON object, or null (or <c>null</c>) for none.</param>
    /// <param name="services">The request's services, or null.</param>
    /// <param name="cancellationToken">Cancels the request; resolvers receive it.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public Task<ExecutionResult> ExecuteAsync(string query, string? operationName = null, string? variablesJson = null, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<string, object?>? variables = null;
        if (!string.IsNullOrWhiteSpace(variablesJson))
        {
            try
            {
                using var json = JsonDocument.Parse(variablesJson);
                if (json.RootElement.ValueKind == JsonValueKind.Object)
                {
                    variables = json.RootElement.EnumerateObject().ToDictionary(property => property.Name, property => (object?)property.Value.Clone(), StringComparer.Ordinal);
                }
                else if (json.RootElement.ValueKind != JsonValueKind.Null)
                {
                    return Task.FromResult(ExecutionResult.FromErrors([GraphQLError.Request("Variables must be a JSON object.")]));
                }
            }
            catch (JsonException exception)
            {
                return Task.FromResult(ExecutionResult.FromErrors([GraphQLError.Request("Variables are not valid JSON: " + exception.Message)]));
            }
        }

        return ExecuteAsync(new GraphQLRequest(query, operationName, variables), services, cancellationToken);
    }

    /// <summary>Runs a request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="services">The request's services, or null.</param>
    /// <param name="cancellationToken">Cancels the request; resolvers receive it.</param>
    /// <returns>The result.</returns>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        if (request.Query is null)
        {
            return ExecutionResult.FromErrors([GraphQLError.Request("Must provide query string.")]);
        }

        var key = DocumentCache.KeyOf(request.Query);
        var entry = _cache.Find(key);
        if (entry is null)
        {
            var (document, syntaxError) = ParseStage.Run(request.Query, Options);
            if (document is null)
            {
                return ExecutionResult.FromErrors([syntaxError!]);
            }

            entry = new DocumentCache.Entry(document, ValidateStage.Run(Schema, document, Options));
            _cache.Add(key, entry);
        }

        if (entry.ValidationErrors.Count > 0)
        {
            return ExecutionResult.FromErrors(entry.ValidationErrors);
        }

        var (operation, variables, errors) = CoerceVariablesStage.Run(Schema, entry.Document, request.OperationName, request.Variables, Options);
        if (operation is null || errors.Count > 0)
        {
            return ExecutionResult.FromErrors(errors);
        }

        if (request.QueryOnly && operation.Operation != OperationType.Query)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            return ExecutionResult.FromErrors([GraphQLError.Request($"Can only perform a {kind} operation from a POST request.", ErrorCodes.OperationNotAllowed, [operation])]);
        }

        return await ExecuteStage.RunAsync(Schema, entry.Document, operation, variables, services ?? NoServices, Options, cancellationToken).ConfigureAwait(false);
    }

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
