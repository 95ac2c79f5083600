using System.Text.Json;

namespace CustomerComms.GraphQL.Tests.Data;

public sealed class FilteringTests(DataTestDatabase database) : IClassFixture<DataTestDatabase>
{
    [Theory]
    [InlineData("{ name: { eq: \"Echo\" } }", "Echo")]
    [InlineData("{ name: { neq: \"Echo\" } }", "Acme Ltd,Beta GmbH,Contoso,delta_co 100%")]
    [InlineData("{ name: { contains: \"o\" } }", "Contoso,delta_co 100%,Echo")]
    [InlineData("{ name: { ncontains: \"o\" } }", "Acme Ltd,Beta GmbH")]
    [InlineData("{ name: { contains: \"_co 100%\" } }", "delta_co 100%")]
    [InlineData("{ name: { contains: \"%\" } }", "delta_co 100%")]
    [InlineData("{ name: { startsWith: \"Be\" } }", "Beta GmbH")]
    [InlineData("{ name: { nstartsWith: \"Be\" } }", "Acme Ltd,Contoso,delta_co 100%,Echo")]
    [InlineData("{ name: { endsWith: \"Ltd\" } }", "Acme Ltd")]
    [InlineData("{ name: { startsWith: \"be\" } }", "")]
    [InlineData("{ name: { endsWith: \"LTD\" } }", "")]
    [InlineData("{ name: { nstartsWith: \"be\" } }", "Acme Ltd,Beta GmbH,Contoso,delta_co 100%,Echo")]
    [InlineData("{ name: { startsWith: \"be\", caseInsensitive: true } }", "Beta GmbH")]
    [InlineData("{ name: { endsWith: \"LTD\", caseInsensitive: true } }", "Acme Ltd")]
    [InlineData("{ name: { nendsWith: \"o\" } }", "Acme Ltd,Beta GmbH,delta_co 100%")]
    [InlineData("{ name: { in: [\"Echo\", \"Contoso\"] } }", "Contoso,Echo")]
    [InlineData("{ name: { nin: [\"Echo\", \"Contoso\"] } }", "Acme Ltd,Beta GmbH,delta_co 100%")]
    [InlineData("{ email: { eq: null } }", "Beta GmbH")]
    [InlineData("{ email: { neq: null } }", "Acme Ltd,Contoso,delta_co 100%,Echo")]
    [InlineData("{ email: { contains: \"echo@\" } }", "")]
    [InlineData("{ email: { ncontains: \"acme\" } }", "Beta GmbH,Contoso,delta_co 100%,Echo")]
    [InlineData("{ email: { contains: \"echo@\", caseInsensitive: true } }", "Echo")]
    [InlineData("{ name: { eq: \"ECHO\", caseInsensitive: true } }", "Echo")]
    [InlineData("{ name: { in: [\"ACME LTD\"], caseInsensitive: true } }", "Acme Ltd")]
    [InlineData("{ name: { or: [{ startsWith: \"A\" }, { startsWith: \"E\" }] } }", "Acme Ltd,Echo")]
    public async Task Where_StringOperators_TranslateToSql(string where, string expected)
    {
        Assert.Equal(expected, await NamesAsync(where));
        Assert.Contains("WHERE", LastSql());
    }

    [Theory]
    [InlineData("{ rating: { eq: 4.5 } }", "Acme Ltd,Contoso")]
    [InlineData("{ rating: { neq: 4.5 } }", "Beta GmbH,delta_co 100%,Echo")]
    [InlineData("{ rating: { gt: 4.5 } }", "Echo")]
    [InlineData("{ rating: { ngt: 3 } }", "Beta GmbH,delta_co 100%")]
    [InlineData("{ rating: { gte: 4.5 } }", "Acme Ltd,Contoso,Echo")]
    [InlineData("{ rating: { ngte: 4.5 } }", "Beta GmbH,delta_co 100%")]
    [InlineData("{ rating: { lt: 3 } }", "delta_co 100%")]
    [InlineData("{ rating: { nlt: 4.5 } }", "Acme Ltd,Contoso,Echo")]
    [InlineData("{ rating: { lte: 3 } }", "Beta GmbH,delta_co 100%")]
    [InlineData("{ rating: { nlte: 4.5 } }", "Echo")]
    [InlineData("{ rating: { in: [2, 5] } }", "delta_co 100%,Echo")]
    [InlineData("{ rating: { nin: [2, 5] } }", "Acme Ltd,Beta GmbH,Contoso")]
    [InlineData("{ id: { gt: 2, lte: 4 } }", "Contoso,delta_co 100%")]
    [InlineData("{ createdAt: { gte: \"2024-03-10T00:00:00Z\" } }", "Contoso,delta_co 100%,Echo")]
    [InlineData("{ createdAt: { lt: \"2024-02-10T00:00:00Z\" } }", "Acme Ltd")]
    [InlineData("{ since: { lt: \"2020-06-01\" } }", "Acme Ltd,Contoso")]
    [InlineData("{ since: { in: [\"2023-07-07\"] } }", "Echo")]
    [InlineData("{ isActive: { eq: false } }", "Beta GmbH,delta_co 100%")]
    [InlineData("{ isActive: { neq: false } }", "Acme Ltd,Contoso,Echo")]
    [InlineData("{ status: { eq: ACTIVE } }", "Acme Ltd,Contoso,Echo")]
    [InlineData("{ status: { neq: ACTIVE } }", "Beta GmbH,delta_co 100%")]
    [InlineData("{ status: { in: [PROSPECT, INACTIVE] } }", "Beta GmbH,delta_co 100%")]
    [InlineData("{ status: { nin: [PROSPECT, INACTIVE] } }", "Acme Ltd,Contoso,Echo")]
    public async Task Where_ComparableBooleanAndEnumOperators_TranslateToSql(string where, string expected)
    {
        Assert.Equal(expected, await NamesAsync(where));
        Assert.Contains("WHERE", LastSql());
    }

    [Theory]
    [InlineData("{ and: [{ status: { eq: ACTIVE } }, { rating: { lt: 5 } }] }", "Acme Ltd,Contoso")]
    [InlineData("{ or: [{ status: { eq: PROSPECT } }, { rating: { gt: 4.5 } }] }", "Beta GmbH,Echo")]
    [InlineData("{ communications: { some: { kind: { eq: PHONE } } } }", "Acme Ltd,Beta GmbH")]
    [InlineData("{ communications: { none: { kind: { eq: PHONE } } } }", "Contoso,delta_co 100%,Echo")]
    [InlineData("{ communications: { all: { kind: { eq: EMAIL } } } }", "Contoso,delta_co 100%,Echo")]
    [InlineData("{ communications: { any: false } }", "delta_co 100%")]
    [InlineData("{ communications: { any: true, all: { subject: { contains: \"Complaint\" } } } }", "")]
    [InlineData("{ communications: { some: { subject: { startsWith: \"Complaint\" } } } }", "Acme Ltd,Contoso")]
    public async Task Where_LogicalAndListOperators_TranslateToSql(string where, string expected)
    {
        Assert.Equal(expected, await NamesAsync(where));
        Assert.Contains("WHERE", LastSql());
    }

    [Fact]
    public async Task Where_NestedObject_FiltersByRelatedFieldsInSql()
    {
        var json = await database.RunAsync("{ communications(where: { customer: { name: { eq: \"Contoso\" } }, kind: { eq: EMAIL } }) { nodes { subject } } }");

        Assert.Equal("{\"data\":{\"communications\":{\"nodes\":[{\"subject\":\"Quote\"},{\"subject\":\"Complaint resolved\"}]}}}", json);
        Assert.Contains("JOIN", LastSql());
        Assert.Contains("WHERE", LastSql());
    }

    [Fact]
    public async Task Where_NullForOperatorOtherThanEquality_IsBadUserInput()
    {
        var json = await database.RunAsync("{ customers(where: { rating: { gt: null } }) { nodes { name } } }");

        Assert.Contains("The operation gt does not accept null.", json);
        Assert.Contains("BAD_USER_INPUT", json);
    }

    private string LastSql() => database.Sql.Commands[^1];

    private async Task<string> NamesAsync(string where)
    {
        var json = await database.RunAsync($"{{ customers(where: {where}, first: 50) {{ nodes {{ name }} }} }}");
        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.TryGetProperty("errors", out _), json);
        var nodes = document.RootElement.GetProperty("data").GetProperty("customers").GetProperty("nodes");
        return string.Join(",", nodes.EnumerateArray().Select(node => node.GetProperty("name").GetString()));
    }
}
