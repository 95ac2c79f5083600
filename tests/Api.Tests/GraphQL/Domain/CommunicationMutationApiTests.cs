using System.Text.Json;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class CommunicationMutationApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string Errors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string UpdateErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } }";
    private const string Result = "communication { id version kind direction channel subject body occurredAt handledBy responseDue respondedAt responseSummary customer { code } contact { name } complaint { number } links { targetType targetId note target { __typename id } } }";

    private static int _complaintSequence;

    public static TheoryData<string> Kinds => [.. Enum.GetNames<CommunicationKind>().Select(Screaming)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task RecordCommunication_EachKind_StoresItForTheCustomerAndContact(string kind)
    {
        var (customer, contact, _) = await StoreCustomerAsync();

        var payload = await api.MutateAsync(
            $"mutation($c: ID!, $k: ID!, $kind: CommunicationKind!) {{ recordCommunication(input: {{ customerId: $c, contactId: $k, kind: $kind, direction: OUTBOUND, channel: VIDEO_CALL, subject: \"About the order\", body: \"Notes\", occurredAt: \"2026-02-01T10:00:00Z\", handledBy: \"sam\", responseDue: \"2026-02-03T10:00:00Z\" }}) {{ {Result} {Errors} }} }}",
            new { c = customer, k = contact, kind });

        var communication = payload.GetProperty("communication");
        Assert.Equal(kind, communication.GetProperty("kind").GetString());
        Assert.Equal("VIDEO_CALL", communication.GetProperty("channel").GetString());
        Assert.Equal("Buyer", communication.GetProperty("contact").GetProperty("name").GetString());
        Assert.Equal("2026-02-03T10:00:00Z", communication.GetProperty("responseDue").GetString());
        Assert.Equal(1, communication.GetProperty("version").GetInt32());
        var audit = await api.DataAsync("{ verifyAuditChain { isIntact } }");
        Assert.True(audit.GetProperty("verifyAuditChain").GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task RecordCommunication_FiledUnderAComplaint_AppearsInItsCorrespondence()
    {
        var (customer, _, complaint) = await StoreCustomerAsync();

        var payload = await api.MutateAsync(
            $"mutation($c: ID!, $complaint: ID!) {{ recordCommunication(input: {{ customerId: $c, kind: COMPLAINT, direction: OUTBOUND, channel: EMAIL, subject: \"We received your complaint\", handledBy: \"sam\", complaintId: $complaint }}) {{ {Result} {Errors} }} }}",
            new { c = customer, complaint });

        Assert.StartsWith("CMP-2024-", payload.GetProperty("communication").GetProperty("complaint").GetProperty("number").GetString(), StringComparison.Ordinal);
        var node = await api.DataAsync($"{{ node(id: \"{complaint}\") {{ ... on Complaint {{ communications {{ subject }} latestCommunication {{ subject }} }} }} }}");
        Assert.Equal("We received your complaint", node.GetProperty("node").GetProperty("latestCommunication").GetProperty("subject").GetString());
    }

    [Theory]
    [InlineData("contactId: $other", "contactId", "ValidationError")]
    [InlineData("occurredAt: \"2999-01-01T00:00:00Z\"", "occurredAt", "ValidationError")]
    [InlineData("subject: \"\"", "subject", "ValidationError")]
    [InlineData("responseDue: \"2000-01-01T00:00:00Z\"", "responseDue", "ValidationError")]
    [InlineData("complaintId: $other", "complaintId", "NotFoundError")]
    [InlineData("customerId: $other", "customerId", "NotFoundError")]
    public async Task RecordCommunication_InvalidInput_ReturnsTheTypedErrorNamingTheField(string change, string field, string typeName)
    {
        var (customer, _, _) = await StoreCustomerAsync();
        var (_, otherContact, _) = await StoreCustomerAsync();
        var fields = new Dictionary<string, string>
        {
            ["customerId"] = "$c",
            ["kind"] = "INQUIRY",
            ["direction"] = "INBOUND",
            ["channel"] = "PHONE",
            ["subject"] = "\"Price\"",
            ["handledBy"] = "\"sam\"",
            ["occurredAt"] = "\"2026-01-01T00:00:00Z\"",
        };
        var (name, value) = (change[..change.IndexOf(':', StringComparison.Ordinal)], change[(change.IndexOf(':', StringComparison.Ordinal) + 2)..]);
        fields[name] = value;
        var input = string.Join(", ", fields.Select(f => $"{f.Key}: {f.Value}"));

        var error = await api.MutationErrorAsync(
            $"mutation({Declare(input)}) {{ recordCommunication(input: {{ {input} }}) {{ communication {{ id }} {Errors} }} }}",
            new { c = customer, other = otherContact });

        Assert.Equal(typeName, error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task UpdateCommunication_ContentAndResponse_ChangesThemAndRaisesTheVersion()
    {
        var id = await RecordAsync();

        var payload = await api.MutateAsync(
            $"mutation($id: ID!) {{ updateCommunication(input: {{ id: $id, version: 1, subject: \"Price inquiry\", body: null, respondedAt: \"2026-01-02T09:00:00Z\", responseSummary: \"Sent the price list\" }}) {{ {Result} {UpdateErrors} }} }}",
            new { id });

        var communication = payload.GetProperty("communication");
        Assert.Equal("Price inquiry", communication.GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Null, communication.GetProperty("body").ValueKind);
        Assert.Equal("2026-01-02T09:00:00Z", communication.GetProperty("respondedAt").GetString());
        Assert.Equal("Sent the price list", communication.GetProperty("responseSummary").GetString());
        Assert.Equal(2, communication.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task UpdateCommunication_StaleVersion_ReturnsConcurrencyConflict()
    {
        var id = await RecordAsync();
        await api.MutateAsync($"mutation($id: ID!) {{ updateCommunication(input: {{ id: $id, version: 1, subject: \"First\" }}) {{ {Result} {UpdateErrors} }} }}", new { id });

        var error = await api.MutationErrorAsync($"mutation($id: ID!) {{ updateCommunication(input: {{ id: $id, version: 1, subject: \"Second\" }}) {{ communication {{ id }} {UpdateErrors} }} }}", new { id });

        Assert.Equal("ConcurrencyConflictError", error.GetProperty("__typename").GetString());
        Assert.Equal(2, error.GetProperty("actualVersion").GetInt32());
    }

    [Fact]
    public async Task UpdateCommunication_ConcurrentWritersWithTheSameVersion_OneWinsTheOthersGetAConflict()
    {
        var id = await RecordAsync();

        var payloads = await Task.WhenAll(Enumerable.Range(1, 5).Select(i =>
            api.DataAsync($"mutation($id: ID!) {{ updateCommunication(input: {{ id: $id, version: 1, subject: \"Writer {i}\" }}) {{ communication {{ id }} {UpdateErrors} }} }}", new { id })));

        var results = payloads.Select(p => p.GetProperty("updateCommunication").GetProperty("errors")).ToList();
        Assert.Single(results, e => e.ValueKind == JsonValueKind.Null);
        Assert.All(results.Where(e => e.ValueKind != JsonValueKind.Null), e => Assert.Equal("ConcurrencyConflictError", e[0].GetProperty("__typename").GetString()));
    }

    [Fact]
    public async Task LinkCommunication_ToAComplaintThenUnlink_AddsAndRemovesTheLink()
    {
        var (customer, _, complaint) = await StoreCustomerAsync();
        var id = await RecordAsync(customer);

        var linked = await api.MutateAsync($"mutation($id: ID!, $t: ID!) {{ linkCommunication(input: {{ communicationId: $id, targetId: $t, note: \"Raised in this call\" }}) {{ {Result} {Errors} }} }}", new { id, t = complaint });
        var unlinked = await api.MutateAsync($"mutation($id: ID!, $t: ID!) {{ unlinkCommunication(input: {{ communicationId: $id, targetId: $t }}) {{ {Result} {Errors} }} }}", new { id, t = complaint });

        var link = Assert.Single(linked.GetProperty("communication").GetProperty("links").EnumerateArray());
        Assert.Equal("COMPLAINT", link.GetProperty("targetType").GetString());
        Assert.Equal(complaint, link.GetProperty("targetId").GetString());
        Assert.Equal("Complaint", link.GetProperty("target").GetProperty("__typename").GetString());
        Assert.Equal("Raised in this call", link.GetProperty("note").GetString());
        Assert.Equal(0, unlinked.GetProperty("communication").GetProperty("links").GetArrayLength());
    }

    [Fact]
    public async Task LinkCommunication_Misuse_ReturnsTypedErrors()
    {
        var (customer, _, complaint) = await StoreCustomerAsync();
        var id = await RecordAsync(customer);
        const string Link = "mutation($id: ID!, $t: ID!) { linkCommunication(input: { communicationId: $id, targetId: $t }) { communication { id } " + Errors + " } }";
        await api.MutateAsync(Link, new { id, t = complaint });

        var twice = await api.MutationErrorAsync(Link, new { id, t = complaint });
        var wrongType = await api.MutationErrorAsync(Link, new { id, t = customer });
        var missing = await api.MutationErrorAsync(Link, new { id, t = DomainApi.Id("Requirement", 987_654) });
        var itself = await api.MutationErrorAsync(Link, new { id, t = id });
        var notLinked = await api.MutationErrorAsync(
            "mutation($id: ID!, $t: ID!) { unlinkCommunication(input: { communicationId: $id, targetId: $t }) { communication { id } " + Errors + " } }",
            new { id, t = DomainApi.Id("RiskOpportunity", 5) });

        Assert.Equal(("ValidationError", "targetId"), (twice.GetProperty("__typename").GetString(), twice.GetProperty("field").GetString()));
        Assert.Equal("LINK_TARGET_TYPE", wrongType.GetProperty("code").GetString());
        Assert.Equal(("NotFoundError", "targetId"), (missing.GetProperty("__typename").GetString(), missing.GetProperty("field").GetString()));
        Assert.Equal("LINK_TO_ITSELF", itself.GetProperty("code").GetString());
        Assert.Equal(("ValidationError", "targetId"), (notLinked.GetProperty("__typename").GetString(), notLinked.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task LinkCommunication_SameLinkFromConcurrentRequests_OneLinksTheOthersGetTheTypedError()
    {
        var (customer, _, complaint) = await StoreCustomerAsync();
        var id = await RecordAsync(customer);
        const string Link = "mutation($id: ID!, $t: ID!) { linkCommunication(input: { communicationId: $id, targetId: $t }) { communication { id } " + Errors + " } }";

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => api.PostAsync(Link, new { id, t = complaint })));

        Assert.All(responses, response => Assert.False(response.TryGetProperty("errors", out _), response.ToString()));
        var payloads = responses.Select(r => r.GetProperty("data").GetProperty("linkCommunication")).ToList();
        Assert.Single(payloads, p => p.GetProperty("communication").ValueKind == JsonValueKind.Object);
        var refused = payloads.Where(p => p.GetProperty("communication").ValueKind == JsonValueKind.Null).ToList();
        Assert.Equal(5, refused.Count);
        Assert.All(refused, p => Assert.Equal(
            ("ValidationError", "targetId"),
            (p.GetProperty("errors")[0].GetProperty("__typename").GetString(), p.GetProperty("errors")[0].GetProperty("field").GetString())));
        var links = await api.DataAsync($"{{ node(id: \"{id}\") {{ ... on Communication {{ links {{ targetId }} }} }} }}");
        Assert.Equal(1, links.GetProperty("node").GetProperty("links").GetArrayLength());
    }

    private async Task<string> RecordAsync(string? customer = null)
    {
        customer ??= (await StoreCustomerAsync()).Customer;
        var payload = await api.MutateAsync(
            $"mutation($c: ID!) {{ recordCommunication(input: {{ customerId: $c, kind: INQUIRY, direction: INBOUND, channel: PHONE, subject: \"Price\", body: \"Asked for prices\", occurredAt: \"2026-01-01T09:00:00Z\", handledBy: \"sam\" }}) {{ {Result} {Errors} }} }}",
            new { c = customer });
        return payload.GetProperty("communication").GetProperty("id").GetString()!;
    }

    /// <summary>A customer with the contact Buyer and a complaint received a year ago; their global ids.</summary>
    private async Task<(string Customer, string Contact, string Complaint)> StoreCustomerAsync()
    {
        var (customer, contact, complaint) = await api.StoreAsync(db =>
        {
            var customer = new Customer("C" + Guid.NewGuid().ToString("N")[..8], "Delta Trading", CustomerSegment.MidMarket, "FR");
            var contact = customer.AddContact("Buyer", email: "buyer@x.test", isPrimary: true);
            var complaint = new Complaint(
                new ComplaintNumber(2024, Interlocked.Increment(ref _complaintSequence)), customer, ComplaintSeverity.Medium, ComplaintCategory.Delivery,
                "Late delivery", new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc));
            db.AddRange(customer, complaint);
            return (customer, contact, complaint);
        });
        return (DomainApi.Id("Customer", customer.Id), DomainApi.Id("Contact", contact.Id), DomainApi.Id("Complaint", complaint.Id));
    }

    private static string Declare(string input) =>
        string.Join(", ", new[] { "$c", "$other" }.Where(v => input.Contains(v, StringComparison.Ordinal)).Select(v => v + ": ID!"));

    private static string Screaming(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
