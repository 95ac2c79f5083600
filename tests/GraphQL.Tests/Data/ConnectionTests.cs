using System.Text.Json;

namespace CustomerComms.GraphQL.Tests.Data;

public sealed class ConnectionTests(DataTestDatabase database) : IClassFixture<DataTestDatabase>
{
    private const string PageFields = "nodes { name } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";

    [Fact]
    public async Task First_WithTotalCount_ReturnsPageInfoAndCountsInSql()
    {
        var page = await PageAsync($"customers(first: 2) {{ {PageFields} totalCount edges {{ cursor node {{ id }} }} }}");

        Assert.Equal("Acme Ltd,Beta GmbH", Names(page));
        Assert.True(page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal(5, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(page.GetProperty("pageInfo").GetProperty("endCursor").GetString(), page.GetProperty("edges")[1].GetProperty("cursor").GetString());
        Assert.Contains(database.Sql.Commands, sql => sql.Contains("COUNT(*)", StringComparison.Ordinal));
        Assert.Contains(database.Sql.Commands, sql => sql.Contains("ORDER BY", StringComparison.Ordinal) && sql.Contains("LIMIT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TotalCount_NotSelected_RunsNoCount()
    {
        await PageAsync($"customers {{ {PageFields} }}");

        Assert.DoesNotContain(database.Sql.Commands, sql => sql.Contains("COUNT(", StringComparison.Ordinal));
    }

    [Fact]
    public async Task After_KeysetCursors_WalkEveryItemOnceWithSeekInSql()
    {
        var names = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await PageAsync($"customers(first: 2, order: [{{ rating: DESC }}]{(after is null ? "" : $", after: \"{after}\"")}) {{ {PageFields} }}");
            names.Add(Names(page));
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
            if (pages++ > 0)
            {
                Assert.Contains("WHERE", database.Sql.Commands[^1]);
                Assert.Contains("\"c\".\"Rating\" < @", database.Sql.Commands[^1]);
            }
        }
        while (after is not null);

        Assert.Equal(["Echo,Acme Ltd", "Contoso,Beta GmbH", "delta_co 100%"], names);
    }

    [Fact]
    public async Task LastAndBefore_KeysetCursors_PageBackward()
    {
        var last = await PageAsync($"customers(last: 2) {{ {PageFields} }}");
        var before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        var previous = await PageAsync($"customers(last: 2, before: \"{before}\") {{ {PageFields} }}");
        var first = await PageAsync($"customers(last: 2, before: \"{previous.GetProperty("pageInfo").GetProperty("startCursor").GetString()}\") {{ {PageFields} }}");

        Assert.Equal("delta_co 100%,Echo", Names(last));
        Assert.True(last.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal("Beta GmbH,Contoso", Names(previous));
        Assert.True(previous.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal("Acme Ltd", Names(first));
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task NestedOrder_OffsetCursors_PageForwardAndBackward()
    {
        const string Fields = "nodes { subject } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
        const string Order = "order: [{ customer: { name: DESC } }, { subject: ASC }]";
        var first = await PageAsync($"communications(first: 4, {Order}) {{ {Fields} }}", "communications");
        var next = await PageAsync($"communications(first: 4, {Order}, after: \"{first.GetProperty("pageInfo").GetProperty("endCursor").GetString()}\") {{ {Fields} }}", "communications");
        var back = await PageAsync($"communications(last: 2, {Order}, before: \"{next.GetProperty("pageInfo").GetProperty("startCursor").GetString()}\") {{ {Fields} }}", "communications");

        Assert.Equal("Newsletter,Complaint resolved,Quote,Intro call", Subjects(first));
        Assert.Equal("Complaint about delay,Order placed", Subjects(next));
        Assert.False(next.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(next.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.Equal("Quote,Intro call", Subjects(back));
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(back.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task NestedConnection_OrdersTheParentsItems()
    {
        var json = await database.RunAsync("{ customers(first: 1) { nodes { communications(order: [{ occurredAt: DESC }]) { nodes { subject } totalCount } } } }");

        Assert.Equal("{\"data\":{\"customers\":{\"nodes\":[{\"communications\":{\"nodes\":[{\"subject\":\"Complaint about delay\"},{\"subject\":\"Order placed\"}],\"totalCount\":2}}]}}}", json);
    }

    [Theory]
    [InlineData("customers(first: -1)", "The requested number of values per page must be at least 0.", "HC0079")]
    [InlineData("customers(last: -1)", "The requested number of values per page must be at least 0.", "HC0079")]
    [InlineData("customers(first: 101)", "The maximum allowed items per page were exceeded.", "HC0051")]
    [InlineData("customers(last: 101)", "The maximum allowed items per page were exceeded.", "HC0051")]
    [InlineData("smallPages(first: 4)", "The maximum allowed items per page were exceeded.", "HC0051")]
    [InlineData("customers(first: 1, last: 1)", "Passing both `first` and `last` to paginate the `customers` connection is not supported.", "PAGINATION_FIRST_AND_LAST")]
    [InlineData("customers(after: \"bm90IGpzb24=\")", "The cursor bm90IGpzb24= is not valid.", "HC0078")]
    [InlineData("customers(after: \"WzFd\", order: [{ name: ASC }])", "The cursor WzFd is not valid.", "HC0078")]
    public async Task PageArguments_OutOfRange_ReturnFieldErrors(string field, string message, string code)
    {
        using var document = JsonDocument.Parse(await database.RunAsync($"{{ {field} {{ nodes {{ name }} }} }}"));
        var error = document.RootElement.GetProperty("errors")[0];

        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("data").GetProperty(field[..field.IndexOf('(', StringComparison.Ordinal)]).ValueKind);
    }

    [Fact]
    public async Task MaxPageSize_Exceeded_ReportsTheLimit()
    {
        using var document = JsonDocument.Parse(await database.RunAsync("{ customers(first: 500) { nodes { name } } }"));
        var extensions = document.RootElement.GetProperty("errors")[0].GetProperty("extensions");

        Assert.Equal(100, extensions.GetProperty("maxAllowedItems").GetInt32());
        Assert.Equal(500, extensions.GetProperty("requestedItems").GetInt32());
        Assert.Equal("Query.customers", extensions.GetProperty("coordinate").GetString());
    }

    [Fact]
    public async Task PageSize_Configured_AppliesItsDefault()
    {
        var page = await PageAsync($"smallPages {{ {PageFields} }}", "smallPages");

        Assert.Equal("Acme Ltd,Beta GmbH", Names(page));
    }

    private static string Names(JsonElement page) =>
        string.Join(",", page.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString()));

    private static string Subjects(JsonElement page) =>
        string.Join(",", page.GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("subject").GetString()));

    private async Task<JsonElement> PageAsync(string field, string name = "customers")
    {
        var json = await database.RunAsync($"{{ {field} }}");
        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), json);
        return document.RootElement.GetProperty("data").GetProperty(name).Clone();
    }
}
