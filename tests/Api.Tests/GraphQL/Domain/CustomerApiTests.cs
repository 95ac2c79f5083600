using System.Text.Json;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class CustomerApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string Errors = "errors { __typename ... on Error { message } ... on ValidationError { field code } }";
    private const string UpdateErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { id expectedVersion actualVersion } }";

    [Fact]
    public async Task Customers_FilteredByContactsAndOrdered_RunsAsSqlAndAnswersTheMatches()
    {
        var prefix = await StoreCustomersAsync(3);
        api.Sql.Clear();

        var data = await api.DataAsync(
            "query($p: String!) { customers(where: { code: { startsWith: $p }, contacts: { some: { isPrimary: { eq: true } } } }, order: [{ name: DESC }]) { totalCount nodes { code name contacts { name isPrimary } } } }",
            new { p = prefix });

        var customers = data.GetProperty("customers");
        Assert.Equal(2, customers.GetProperty("totalCount").GetInt32());
        Assert.Equal([$"{prefix}-3", $"{prefix}-1"], customers.GetProperty("nodes").EnumerateArray().Select(c => c.GetProperty("code").GetString()));
        Assert.Contains(api.Sql.Commands, sql => sql.Contains("EXISTS", StringComparison.Ordinal) && sql.Contains("ORDER BY \"c\".\"Name\" DESC", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Customers_PageOfFiftyWithRelations_CostsAConstantNumberOfCommands()
    {
        var prefix = await StoreCustomersAsync(60);
        const string Query = "query($p: String!) { customers(first: 50, where: { code: { startsWith: $p } }) { nodes { code contacts { name customer { code } } primaryContact { email } } } }";

        api.Sql.Clear();
        var data = await api.DataAsync(Query, new { p = prefix });

        Assert.Equal(50, data.GetProperty("customers").GetProperty("nodes").GetArrayLength());
        // The page, the contacts of all 50 customers in one batch, and the contacts' customers in one more.
        Assert.Equal(3, api.Sql.Commands.Count);
    }

    [Fact]
    public async Task Node_GlobalIdsOfEachType_AnswerTheRecordsAndNullForUnknownIds()
    {
        var prefix = await StoreCustomersAsync(1);
        var customer = (await api.DataAsync("query($p: String!) { customers(where: { code: { eq: $p } }) { nodes { id name contacts { id } } } }", new { p = $"{prefix}-1" }))
            .GetProperty("customers").GetProperty("nodes")[0];

        var data = await api.DataAsync(
            "query($c: ID!, $ids: [ID!]!) { node(id: $c) { __typename ... on Customer { name } } nodes(ids: $ids) { __typename id } }",
            new { c = customer.GetProperty("id").GetString(), ids = new[] { customer.GetProperty("contacts")[0].GetProperty("id").GetString(), "not-an-id", DomainApi.Id("Customer", 999_999) } });

        Assert.Equal("Customer", data.GetProperty("node").GetProperty("__typename").GetString());
        Assert.Equal(customer.GetProperty("name").GetString(), data.GetProperty("node").GetProperty("name").GetString());
        Assert.Equal("Contact", data.GetProperty("nodes")[0].GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("nodes")[1].ValueKind);
        Assert.Equal(JsonValueKind.Null, data.GetProperty("nodes")[2].ValueKind);
    }

    [Fact]
    public async Task CreateCustomer_ValidInput_StoresItWithAnAuditEntry()
    {
        var payload = await api.MutateAsync($"mutation {{ createCustomer(input: {{ code: \"new-{Guid.NewGuid():N}\", name: \"Nordwind AG\", segment: ENTERPRISE, country: \"de\", email: \"info@nordwind.test\" }}) {{ customer {{ id code name country version }} {Errors} }} }}");

        var customer = payload.GetProperty("customer");
        Assert.StartsWith("NEW-", customer.GetProperty("code").GetString(), StringComparison.Ordinal);
        Assert.Equal("DE", customer.GetProperty("country").GetString());
        Assert.Equal(1, customer.GetProperty("version").GetInt32());
        var audit = await api.DataAsync("{ verifyAuditChain { isIntact } }");
        Assert.True(audit.GetProperty("verifyAuditChain").GetProperty("isIntact").GetBoolean());
    }

    [Theory]
    [InlineData("code: \"A\", name: \"\", segment: ENTERPRISE, country: \"DE\"", "name")]
    [InlineData("code: \"A\", name: \"X\", segment: ENTERPRISE, country: \"Germany\"", "country")]
    [InlineData("code: \"A B\", name: \"X\", segment: ENTERPRISE, country: \"DE\"", "code")]
    [InlineData("code: \"A\", name: \"X\", segment: ENTERPRISE, country: \"DE\", email: \"not-an-address\"", "email")]
    public async Task CreateCustomer_InvalidField_ReturnsValidationErrorNamingIt(string input, string field)
    {
        var error = await api.MutationErrorAsync($"mutation {{ createCustomer(input: {{ {input} }}) {{ customer {{ id }} {Errors} }} }}");

        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task CreateCustomer_CodeTaken_ReturnsValidationErrorAndStoresNothing()
    {
        var prefix = await StoreCustomersAsync(1);

        var error = await api.MutationErrorAsync($"mutation {{ createCustomer(input: {{ code: \"{prefix}-1\", name: \"Copy\", segment: CONSUMER, country: \"FR\" }}) {{ customer {{ id }} {Errors} }} }}");

        Assert.Equal("CUSTOMER_CODE_TAKEN", error.GetProperty("code").GetString());
        var data = await api.DataAsync("query($p: String!) { customers(where: { code: { eq: $p } }) { totalCount } }", new { p = $"{prefix}-1" });
        Assert.Equal(1, data.GetProperty("customers").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task UpdateCustomer_PartialInput_ChangesOnlyWhatWasSentAndRaisesTheVersion()
    {
        var id = await NewCustomerIdAsync();

        var payload = await api.MutateAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: 1, name: \"Renamed\", industry: null, isActive: false }}) {{ customer {{ name industry country isActive version }} {UpdateErrors} }} }}");

        var customer = payload.GetProperty("customer");
        Assert.Equal("Renamed", customer.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, customer.GetProperty("industry").ValueKind);
        Assert.Equal("DE", customer.GetProperty("country").GetString());
        Assert.False(customer.GetProperty("isActive").GetBoolean());
        Assert.Equal(2, customer.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task UpdateCustomer_StaleVersion_ReturnsConcurrencyConflictAndKeepsTheOtherChange()
    {
        var id = await NewCustomerIdAsync();
        await api.MutateAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: 1, name: \"First writer\" }}) {{ customer {{ id }} {UpdateErrors} }} }}");

        var error = await api.MutationErrorAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: 1, name: \"Second writer\" }}) {{ customer {{ id }} {UpdateErrors} }} }}");

        Assert.Equal("ConcurrencyConflictError", error.GetProperty("__typename").GetString());
        Assert.Equal(1, error.GetProperty("expectedVersion").GetInt32());
        Assert.Equal(2, error.GetProperty("actualVersion").GetInt32());
        var node = await api.DataAsync($"{{ node(id: \"{id}\") {{ ... on Customer {{ name }} }} }}");
        Assert.Equal("First writer", node.GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task UpdateCustomer_ConcurrentWritersWithTheSameVersion_OneWinsTheOtherGetsAConflict()
    {
        var id = await NewCustomerIdAsync();
        var writers = Enumerable.Range(1, 6).Select(i => api.DataAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: 1, name: \"Writer {i}\" }}) {{ customer {{ name }} {UpdateErrors} }} }}"));

        var payloads = (await Task.WhenAll(writers)).Select(data => data.GetProperty("updateCustomer")).ToList();

        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null), p =>
            Assert.Equal("ConcurrencyConflictError", p.GetProperty("errors")[0].GetProperty("__typename").GetString()));
    }

    [Theory]
    [InlineData("Q29udGFjdDox")]
    [InlineData("bm9uc2Vuc2U=")]
    [InlineData("%%%")]
    public async Task UpdateCustomer_IdOfAnotherTypeOrMalformed_ReturnsNotFound(string id)
    {
        var error = await api.MutationErrorAsync($"mutation {{ updateCustomer(input: {{ id: \"{id}\", version: 1, name: \"X\" }}) {{ customer {{ id }} {UpdateErrors} }} }}");

        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal(id, error.GetProperty("id").GetString());
        Assert.Equal("id", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task CreateContact_Primary_TakesTheFlagFromTheCurrentPrimary()
    {
        var id = await NewCustomerIdAsync(withPrimaryContact: true);

        var payload = await api.MutateAsync($"mutation {{ createContact(input: {{ customerId: \"{id}\", name: \"New Primary\", email: \"np@x.test\", isPrimary: true }}) {{ contact {{ name isPrimary customer {{ primaryContact {{ name }} contacts {{ name isPrimary }} }} }} errors {{ __typename }} }} }}");

        var customer = payload.GetProperty("contact").GetProperty("customer");
        Assert.Equal("New Primary", customer.GetProperty("primaryContact").GetProperty("name").GetString());
        Assert.Equal(1, customer.GetProperty("contacts").EnumerateArray().Count(c => c.GetProperty("isPrimary").GetBoolean()));
    }

    [Fact]
    public async Task UpdateContact_EmailOfAnotherContact_ReturnsValidationError()
    {
        var id = await NewCustomerIdAsync(withPrimaryContact: true);
        var contact = await api.MutateAsync($"mutation {{ createContact(input: {{ customerId: \"{id}\", name: \"Second\", email: \"second@x.test\" }}) {{ contact {{ id version }} errors {{ __typename }} }} }}");

        var error = await api.MutationErrorAsync($"mutation {{ updateContact(input: {{ id: \"{contact.GetProperty("contact").GetProperty("id").GetString()}\", version: 1, email: \"primary@x.test\" }}) {{ contact {{ id }} {UpdateErrors} }} }}");

        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("email", error.GetProperty("field").GetString());
    }

    private async Task<string> NewCustomerIdAsync(bool withPrimaryContact = false)
    {
        var key = await api.StoreAsync(db =>
        {
            var customer = new Customer("T-" + Guid.NewGuid().ToString("N")[..10], "Test Customer", CustomerSegment.SmallBusiness, "DE", industry: "Retail");
            if (withPrimaryContact)
            {
                customer.AddContact("Primary Person", email: "primary@x.test", isPrimary: true);
            }

            db.Add(customer);
            return customer;
        });
        return DomainApi.Id("Customer", key.Id);
    }

    /// <summary>Stores customers PREFIX-1..n with two contacts each, the odd ones with a primary contact; returns the prefix.</summary>
    private async Task<string> StoreCustomersAsync(int count)
    {
        var prefix = "P" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await api.StoreAsync(db =>
        {
            for (var i = 1; i <= count; i++)
            {
                var customer = new Customer($"{prefix}-{i}", $"Customer {i:000}", CustomerSegment.MidMarket, "DE");
                customer.AddContact($"Contact {i}a", email: $"a{i}@x.test", isPrimary: i % 2 == 1);
                customer.AddContact($"Contact {i}b", email: $"b{i}@x.test");
                db.Add(customer);
            }

            return count;
        });
        return prefix;
    }
}
