using System.Text.Json;

namespace CustomerComms.GraphQL.Tests.Data;

public sealed class SortingTests(DataTestDatabase database) : IClassFixture<DataTestDatabase>
{
    [Theory]
    [InlineData("[{ name: DESC }]", "delta_co 100%,Echo,Contoso,Beta GmbH,Acme Ltd")]
    [InlineData("[{ rating: ASC }]", "delta_co 100%,Beta GmbH,Acme Ltd,Contoso,Echo")]
    [InlineData("[{ rating: DESC }, { name: DESC }]", "Echo,Contoso,Acme Ltd,Beta GmbH,delta_co 100%")]
    [InlineData("[{ status: ASC }, { since: DESC }]", "Beta GmbH,Echo,Acme Ltd,Contoso,delta_co 100%")]
    [InlineData("[{ createdAt: DESC }]", "Echo,delta_co 100%,Contoso,Beta GmbH,Acme Ltd")]
    public async Task Order_Fields_BecomeSqlOrderByWithTheKeyLast(string order, string expected)
    {
        var json = await database.RunAsync($"{{ customers(order: {order}) {{ nodes {{ name }} }} }}");
        using var document = JsonDocument.Parse(json);
        var names = document.RootElement.GetProperty("data").GetProperty("customers").GetProperty("nodes").EnumerateArray().Select(node => node.GetProperty("name").GetString());

        Assert.Equal(expected, string.Join(",", names));
        Assert.Contains("ORDER BY", database.Sql.Commands[^1]);
        Assert.EndsWith("\"c\".\"Id\"", database.Sql.Commands[^1][..database.Sql.Commands[^1].LastIndexOf("LIMIT", StringComparison.Ordinal)].TrimEnd());
    }
}
