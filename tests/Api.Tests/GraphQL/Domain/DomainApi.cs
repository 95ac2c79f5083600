using System.Net.Http.Json;
using System.Text.Json;
using CustomerComms.Api.Tests.Hosting;
using CustomerComms.Domain.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

/// <summary>
/// The real server on loopback over an empty SQLite file, with helpers to store records directly and to send
/// GraphQL requests over HTTP. One per test class (xunit class fixture); tests add the records they need.
/// </summary>
public sealed class DomainApi : IAsyncLifetime
{
    private LoopbackServer? _server;

    public LoopbackServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public SqlCommandCounter Sql { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        Sql = new SqlCommandCounter(_server.DatabasePath);
    }

    public async Task DisposeAsync()
    {
        Sql.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>Stores records through the domain (audited like any change) and returns what <paramref name="store" /> returns.</summary>
    public async Task<T> StoreAsync<T>(Func<CustomerCommsDbContext, T> store)
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CustomerCommsDbContext>();
        var result = store(context);
        await context.SaveChangesAsync();
        return result;
    }

    /// <summary>Posts a request and returns the whole response body (<c>data</c>, <c>errors</c>).</summary>
    public async Task<JsonElement> PostAsync(string query, object? variables = null)
    {
        using var response = await Server.Client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>Posts a request that must succeed and returns its <c>data</c>; fails the test with the errors otherwise.</summary>
    public async Task<JsonElement> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), $"Unexpected errors: {errors}");
        return response.GetProperty("data");
    }

    /// <summary>Runs a mutation whose payload must carry no errors and returns the payload.</summary>
    public async Task<JsonElement> MutateAsync(string mutation, object? variables = null)
    {
        var data = await DataAsync(mutation, variables);
        var payload = data.EnumerateObject().Single().Value;
        Assert.True(payload.GetProperty("errors").ValueKind == JsonValueKind.Null, $"Unexpected payload errors: {payload.GetProperty("errors")}");
        return payload;
    }

    /// <summary>Runs a mutation that must fail with exactly one payload error and returns that error.</summary>
    public async Task<JsonElement> MutationErrorAsync(string mutation, object? variables = null)
    {
        var data = await DataAsync(mutation, variables);
        var payload = data.EnumerateObject().Single().Value;
        var errors = payload.GetProperty("errors");
        Assert.True(errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() == 1, $"Expected one payload error, got {errors}");
        return errors[0];
    }

    /// <summary>The global id of a record, as the API writes it.</summary>
    public static string Id(string typeName, int key) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(FormattableString.Invariant($"{typeName}:{key}")));
}
