using System.Text.Json;
using CustomerComms.Domain.Customers;
using CustomerComms.Domain.Property;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class PropertyApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string EV = "errors { __typename ... on Error { message } ... on ValidationError { field code } }";
    private const string EVN = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string EU = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } }";
    private const string ET = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } ... on InvalidTransitionError { from to allowed } }";

    private static readonly DateTime Received = new(2025, 4, 1, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task RecordCustomerProperty_ValidInput_LinksItemAndCustomerBothWays()
    {
        var customer = await StoreCustomerAsync();

        var payload = await api.MutateAsync(
            $"mutation {{ recordCustomerProperty(input: {{ customerId: \"{DomainApi.Id("Customer", customer.Id)}\", description: \"Test fixture\", kind: TOOLING, conditionOnReceipt: \"As new\", storageLocation: \"Shelf A3\", reference: \"FX-12\", receivedAt: \"2025-04-01T10:00:00Z\" }}) {{ item {{ id status kind reference allowedTransitions hasUnreportedIssue customer {{ code propertyItems {{ description }} }} }} {EVN} }} }}");

        var item = payload.GetProperty("item");
        Assert.Equal(("HELD", "TOOLING", "FX-12"), (item.GetProperty("status").GetString(), item.GetProperty("kind").GetString(), item.GetProperty("reference").GetString()));
        Assert.Equal(["IN_USE", "RETURNED", "LOST", "DAMAGED"], item.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()));
        Assert.False(item.GetProperty("hasUnreportedIssue").GetBoolean());
        Assert.Equal(customer.Code, item.GetProperty("customer").GetProperty("code").GetString());
        Assert.Equal(["Test fixture"], item.GetProperty("customer").GetProperty("propertyItems").EnumerateArray().Select(p => p.GetProperty("description").GetString()));
    }

    [Fact]
    public async Task RecordCustomerProperty_UnknownCustomerOrBlankDescription_ReturnsNotFoundOrValidationError()
    {
        var customer = await StoreCustomerAsync();

        var missing = await api.MutationErrorAsync($"mutation {{ recordCustomerProperty(input: {{ customerId: \"{DomainApi.Id("Customer", 999_999)}\", description: \"X\", kind: OTHER, conditionOnReceipt: \"ok\", storageLocation: \"A\" }}) {{ item {{ id }} {EVN} }} }}");
        var blank = await api.MutationErrorAsync($"mutation {{ recordCustomerProperty(input: {{ customerId: \"{DomainApi.Id("Customer", customer.Id)}\", description: \"  \", kind: OTHER, conditionOnReceipt: \"ok\", storageLocation: \"A\" }}) {{ item {{ id }} {EVN} }} }}");

        Assert.Equal(("NotFoundError", "customerId"), (missing.GetProperty("__typename").GetString(), missing.GetProperty("field").GetString()));
        Assert.Equal(("ValidationError", "description"), (blank.GetProperty("__typename").GetString(), blank.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task PropertyIssue_ReportedToTheCustomerAndAnswered_MovesTheItemAndRecordsEachStep()
    {
        var item = await StoreItemAsync();

        var reported = await api.MutateAsync($"mutation {{ reportPropertyIssue(input: {{ itemId: \"{DomainApi.Id("CustomerPropertyItem", item.Id)}\", version: 1, kind: DAMAGED, description: \"Dropped in transit\", reportedBy: \"Warehouse\", occurredAt: \"2025-04-02T09:00:00Z\" }}) {{ issue {{ id version kind reportedToCustomerAt item {{ status version hasUnreportedIssue issues {{ kind }} }} }} {ET} }} }}");
        var issue = reported.GetProperty("issue");
        var id = issue.GetProperty("id").GetString();
        var told = await api.MutateAsync($"mutation {{ recordPropertyIssueReportedToCustomer(input: {{ id: \"{id}\", version: 1, reportedToCustomerAt: \"2025-04-02T12:00:00Z\" }}) {{ issue {{ version reportedToCustomerAt item {{ hasUnreportedIssue }} }} {EU} }} }}");
        var answered = await api.MutateAsync($"mutation {{ recordPropertyIssueCustomerResponse(input: {{ id: \"{id}\", version: 2, customerResponse: \"Repair it at our cost.\", respondedAt: \"2025-04-03T08:00:00Z\" }}) {{ issue {{ customerResponse customerRespondedAt }} {EU} }} }}");
        var again = await api.MutationErrorAsync($"mutation {{ recordPropertyIssueReportedToCustomer(input: {{ id: \"{id}\", version: 3 }}) {{ issue {{ id }} {EU} }} }}");

        Assert.Equal(JsonValueKind.Null, issue.GetProperty("reportedToCustomerAt").ValueKind);
        Assert.Equal(("DAMAGED", 2, true), (issue.GetProperty("item").GetProperty("status").GetString(), issue.GetProperty("item").GetProperty("version").GetInt32(), issue.GetProperty("item").GetProperty("hasUnreportedIssue").GetBoolean()));
        Assert.Equal(new DateTime(2025, 4, 2, 12, 0, 0, DateTimeKind.Utc), told.GetProperty("issue").GetProperty("reportedToCustomerAt").GetDateTime().ToUniversalTime());
        Assert.False(told.GetProperty("issue").GetProperty("item").GetProperty("hasUnreportedIssue").GetBoolean());
        Assert.Equal("Repair it at our cost.", answered.GetProperty("issue").GetProperty("customerResponse").GetString());
        Assert.Equal(("ValidationError", "reportedToCustomerAt"), (again.GetProperty("__typename").GetString(), again.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task PropertyWorkflow_ReturnedItemUsedOrLostItemDamaged_ReturnsInvalidTransitionOrValidationError()
    {
        var lost = await StoreItemAsync(item => item.ReportIssue(PropertyIssueKind.Lost, "Missing", Received.AddDays(1), "Stores"));
        var returned = await StoreItemAsync(item => item.Return(Received.AddDays(2)));

        var damaged = await api.MutationErrorAsync($"mutation {{ reportPropertyIssue(input: {{ itemId: \"{DomainApi.Id("CustomerPropertyItem", lost.Id)}\", version: 1, kind: DAMAGED, description: \"x\", reportedBy: \"y\" }}) {{ issue {{ id }} {ET} }} }}");
        var use = await api.MutationErrorAsync($"mutation {{ useCustomerProperty(input: {{ id: \"{DomainApi.Id("CustomerPropertyItem", returned.Id)}\", version: 1 }}) {{ item {{ id }} {ET} }} }}");
        var report = await api.MutationErrorAsync($"mutation {{ reportPropertyIssue(input: {{ itemId: \"{DomainApi.Id("CustomerPropertyItem", returned.Id)}\", version: 1, kind: UNSUITABLE, description: \"x\", reportedBy: \"y\" }}) {{ issue {{ id }} {ET} }} }}");

        Assert.Equal(("InvalidTransitionError", "damaged"), (damaged.GetProperty("__typename").GetString(), damaged.GetProperty("to").GetString()!.ToLowerInvariant()));
        Assert.Equal(["held"], damaged.GetProperty("allowed").EnumerateArray().Select(s => s.GetString()!.ToLowerInvariant()));
        Assert.Equal(("InvalidTransitionError", "returned"), (use.GetProperty("__typename").GetString(), use.GetProperty("from").GetString()!.ToLowerInvariant()));
        Assert.Equal(("ValidationError", "kind"), (report.GetProperty("__typename").GetString(), report.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task PropertyWorkflow_UseStoreAndUpdate_ChangeStatusAndLocationAndStaleVersionsConflict()
    {
        var item = await StoreItemAsync();
        var id = DomainApi.Id("CustomerPropertyItem", item.Id);

        var used = await api.MutateAsync($"mutation {{ useCustomerProperty(input: {{ id: \"{id}\", version: 1 }}) {{ item {{ status version }} {ET} }} }}");
        var stored = await api.MutateAsync($"mutation {{ storeCustomerProperty(input: {{ id: \"{id}\", version: 2, storageLocation: \"Cage 7\" }}) {{ item {{ status storageLocation version }} {ET} }} }}");
        var updated = await api.MutateAsync($"mutation {{ updateCustomerProperty(input: {{ id: \"{id}\", version: 3, reference: null, kind: EQUIPMENT }}) {{ item {{ kind reference description version }} {EU} }} }}");
        var stale = await api.MutationErrorAsync($"mutation {{ returnCustomerProperty(input: {{ id: \"{id}\", version: 3 }}) {{ item {{ id }} {ET} }} }}");

        Assert.Equal("IN_USE", used.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal(("HELD", "Cage 7"), (stored.GetProperty("item").GetProperty("status").GetString(), stored.GetProperty("item").GetProperty("storageLocation").GetString()));
        Assert.Equal(("EQUIPMENT", JsonValueKind.Null, 4), (updated.GetProperty("item").GetProperty("kind").GetString(), updated.GetProperty("item").GetProperty("reference").ValueKind, updated.GetProperty("item").GetProperty("version").GetInt32()));
        Assert.Equal(("ConcurrencyConflictError", 3, 4), (stale.GetProperty("__typename").GetString(), stale.GetProperty("expectedVersion").GetInt32(), stale.GetProperty("actualVersion").GetInt32()));
    }

    [Fact]
    public async Task CustomerPropertyItems_FilteredByStatusDatesAndIssuesAndSorted_AnswerTheMatches()
    {
        var customer = await StoreCustomerAsync();
        var marker = "Item " + Guid.NewGuid().ToString("N")[..8];
        await api.StoreAsync(db =>
        {
            for (var i = 0; i < 6; i++)
            {
                var item = new CustomerPropertyItem(customer.Id, $"{marker} {i}", PropertyKind.Component, Received.AddDays(i), "ok", "A1");
                if (i % 2 == 1)
                {
                    var issue = item.ReportIssue(i == 5 ? PropertyIssueKind.Lost : PropertyIssueKind.Unsuitable, "x", Received.AddDays(i), "QA");
                    if (i == 3)
                    {
                        item.RecordReportedToCustomer(issue, Received.AddDays(i + 1));
                    }
                }

                db.Add(item);
            }

            return 0;
        });

        var data = await api.DataAsync(
            "query($m: String!, $from: DateTime!) { customerPropertyItems(where: { description: { contains: $m }, status: { in: [HELD, LOST] }, receivedAt: { gte: $from }, issues: { some: { reportedToCustomerAt: { eq: null } } } }, order: [{ status: DESC }, { receivedAt: ASC }]) { totalCount nodes { description status issues { kind item { description } } } } }",
            new { m = marker, from = Received.AddDays(1) });

        // Items 1, 3 and 5 have issues; 3's was reported; 5 is lost.
        var nodes = data.GetProperty("customerPropertyItems").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal([$"{marker} 5", $"{marker} 1"], nodes.Select(n => n.GetProperty("description").GetString()));
        Assert.Equal($"{marker} 5", nodes[0].GetProperty("issues")[0].GetProperty("item").GetProperty("description").GetString());
    }

    private async Task<Customer> StoreCustomerAsync() =>
        await api.StoreAsync(db =>
        {
            var customer = new Customer("P-" + Guid.NewGuid().ToString("N")[..10], "Property Owner", CustomerSegment.MidMarket, "FR");
            db.Add(customer);
            return customer;
        });

    private async Task<CustomerPropertyItem> StoreItemAsync(Action<CustomerPropertyItem>? prepare = null)
    {
        var customer = await StoreCustomerAsync();
        return await api.StoreAsync(db =>
        {
            var item = new CustomerPropertyItem(customer.Id, "Gauge", PropertyKind.Equipment, Received, "Calibrated", "Lab", "G-1");
            prepare?.Invoke(item);
            db.Add(item);
            return item;
        });
    }
}
