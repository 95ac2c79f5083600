using System.Net;
using System.Text;
using System.Text.Json;
using CustomerComms.Api.Tests.Hosting;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CustomerComms.Api.Tests.GraphQL;

public sealed class GraphQLEndpointTests
{
    private const string VerifyQuery = """{"query":"{ verifyAuditChain { isIntact entriesChecked brokenAtSequence problem } }"}""";

    [Fact]
    public async Task VerifyAuditChain_UntouchedTrail_IsIntact()
    {
        await using var server = await LoopbackServer.StartAsync();
        await AddCustomersAsync(server, 2);

        var result = await VerifyAsync(server);

        Assert.True(result.GetProperty("isIntact").GetBoolean());
        Assert.Equal(2, result.GetProperty("entriesChecked").GetInt32());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("brokenAtSequence").ValueKind);
    }

    [Fact]
    public async Task VerifyAuditChain_EntryEditedInTheFile_ReportsWhereTheChainBreaks()
    {
        await using var server = await LoopbackServer.StartAsync();
        await AddCustomersAsync(server, 3);
        await using (var connection = new SqliteConnection($"Data Source={server.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var tamper = connection.CreateCommand();
            tamper.CommandText = "DROP TRIGGER AuditEntries_AppendOnly_NoUpdate; UPDATE AuditEntries SET Actor = 'someone else' WHERE Sequence = 2;";
            await tamper.ExecuteNonQueryAsync();
        }

        var result = await VerifyAsync(server);

        Assert.False(result.GetProperty("isIntact").GetBoolean());
        Assert.Equal(2, result.GetProperty("brokenAtSequence").GetInt32());
        Assert.Contains("altered", result.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    private static async Task AddCustomersAsync(LoopbackServer server, int count)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CustomerCommsDbContext>();
        for (var i = 1; i <= count; i++)
        {
            context.Add(new Customer($"C-{i}", $"Customer {i}", CustomerSegment.MidMarket, "DE"));
        }

        await context.SaveChangesAsync();
    }

    private static async Task<JsonElement> VerifyAsync(LoopbackServer server)
    {
        using var response = await server.Client.PostAsync("/graphql", new StringContent(VerifyQuery, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("verifyAuditChain").Clone();
    }
}
