using System.Text.Json;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class AuditTrailApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string Errors = "errors { __typename ... on Error { message } }";

    [Fact]
    public async Task AuditTrail_CustomerCreatedThenUpdated_ListsTheEntriesInOrderWithTheValuesChanged()
    {
        var id = await NewCustomerAsync();
        await api.MutateAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: 1, name: \"Nordwind Handel AG\", industry: \"Retail\" }}) {{ customer {{ id }} {Errors} }} }}");

        var data = await api.DataAsync(
            "query($id: ID!) { auditTrail(entityId: $id) { totalCount nodes { sequence entityType entityId entityKey action actor occurredAt hash previousHash before after changes { field before after } } } }",
            new { id });

        var entries = data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(2, data.GetProperty("auditTrail").GetProperty("totalCount").GetInt32());
        Assert.Equal(["INSERT", "UPDATE"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.True(entries[0].GetProperty("sequence").GetInt64() < entries[1].GetProperty("sequence").GetInt64());
        Assert.All(entries, e => Assert.Equal(id, e.GetProperty("entityId").GetString()));
        Assert.All(entries, e => Assert.Equal("Customer", e.GetProperty("entityType").GetString()));
        Assert.All(entries, e => Assert.Equal("system", e.GetProperty("actor").GetString()));
        Assert.All(entries, e => Assert.Equal(64, e.GetProperty("hash").GetString()!.Length));
        Assert.Equal(JsonValueKind.Null, entries[0].GetProperty("before").ValueKind);
        Assert.Equal("Nordwind AG", Change(entries[0], "name").GetProperty("after").GetString());
        Assert.Equal("DE", Change(entries[0], "country").GetProperty("after").GetString());
        var update = entries[1].GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("field").GetString()!);
        Assert.Equal(["industry", "name"], update.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Nordwind AG", update["name"].GetProperty("before").GetString());
        Assert.Equal("Nordwind Handel AG", update["name"].GetProperty("after").GetString());
        Assert.Equal(JsonValueKind.Null, update["industry"].GetProperty("before").ValueKind);
        Assert.Equal("Retail", update["industry"].GetProperty("after").GetString());
    }

    [Fact]
    public async Task AuditTrail_PagedForwardAndBackward_FollowsTheCursorsInSequenceOrder()
    {
        var id = await NewCustomerAsync();
        for (var version = 1; version <= 4; version++)
        {
            await api.MutateAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: {version}, name: \"Name {version}\" }}) {{ customer {{ id }} {Errors} }} }}");
        }

        const string Page = "query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { auditTrail(entityId: $id, first: $first, after: $after, last: $last, before: $before) { edges { cursor node { sequence changes { field after } } } pageInfo { hasNextPage hasPreviousPage endCursor startCursor } } }";
        var first = (await api.DataAsync(Page, new { id, first = 2 })).GetProperty("auditTrail");
        var second = (await api.DataAsync(Page, new { id, first = 2, after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("auditTrail");
        var third = (await api.DataAsync(Page, new { id, first = 2, after = second.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("auditTrail");
        var back = (await api.DataAsync(Page, new { id, last = 2, before = third.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).GetProperty("auditTrail");

        var all = new[] { first, second, third }.SelectMany(Sequences).ToList();
        Assert.Equal(5, all.Count);
        Assert.Equal(all.Order(), all);
        Assert.False(third.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(Sequences(second), Sequences(back));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal("Name 4", third.GetProperty("edges")[0].GetProperty("node").GetProperty("changes")[0].GetProperty("after").GetString());
    }

    [Fact]
    public async Task AuditTrail_FilteredByActionAndOrderedDescending_RunsAsSql()
    {
        var id = await NewCustomerAsync();
        await api.MutateAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: 1, name: \"Second\" }}) {{ customer {{ id }} {Errors} }} }}");
        await api.MutateAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: 2, name: \"Third\" }}) {{ customer {{ id }} {Errors} }} }}");
        api.Sql.Clear();

        var data = await api.DataAsync(
            "query($id: ID!) { auditTrail(entityId: $id, where: { action: { eq: UPDATE } }, order: [{ sequence: DESC }]) { nodes { changes { field after } } } }",
            new { id });

        var names = data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray()
            .Select(e => e.GetProperty("changes")[0].GetProperty("after").GetString());
        Assert.Equal(["Third", "Second"], names);
        Assert.Contains(api.Sql.Commands, sql => sql.Contains("\"a\".\"Action\" = @", StringComparison.Ordinal) && sql.Contains("ORDER BY \"a\".\"Sequence\" DESC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AuditTrail_MalformedId_ReturnsAnErrorWithItsCode()
    {
        var response = await api.PostAsync("{ auditTrail(entityId: \"%%%\") { totalCount } }");

        var error = response.GetProperty("errors")[0];
        Assert.Equal("INVALID_ID", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("auditTrail").ValueKind);
    }

    [Fact]
    public async Task AuditTrail_IdOfARecordWithoutChanges_IsEmpty()
    {
        var data = await api.DataAsync("query($id: ID!) { auditTrail(entityId: $id) { totalCount nodes { sequence } } }", new { id = DomainApi.Id("Customer", 999_999) });

        Assert.Equal(0, data.GetProperty("auditTrail").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task VerifyAuditChain_AfterChangesThroughTheApi_IsIntact()
    {
        var id = await NewCustomerAsync();
        await api.MutateAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: 1, isActive: false }}) {{ customer {{ id }} {Errors} }} }}");

        var data = await api.DataAsync("{ verifyAuditChain { isIntact entriesChecked brokenAtSequence problem } }");

        var verification = data.GetProperty("verifyAuditChain");
        Assert.True(verification.GetProperty("isIntact").GetBoolean());
        Assert.True(verification.GetProperty("entriesChecked").GetInt32() >= 2);
        Assert.Equal(JsonValueKind.Null, verification.GetProperty("brokenAtSequence").ValueKind);
    }

    private static JsonElement Change(JsonElement entry, string field) =>
        entry.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == field);

    private static IEnumerable<long> Sequences(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("sequence").GetInt64()).ToList();

    private async Task<string> NewCustomerAsync()
    {
        var payload = await api.MutateAsync($"mutation {{ createCustomer(input: {{ code: \"A-{Guid.NewGuid():N}\", name: \"Nordwind AG\", segment: ENTERPRISE, country: \"DE\" }}) {{ customer {{ id }} {Errors} }} }}");
        return payload.GetProperty("customer").GetProperty("id").GetString()!;
    }
}
