using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerComms.Domain.Communications;
using CustomerComms.Domain.Customers;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed partial class ComplaintWorkflowApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string Errors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string UpdateErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } }";
    private const string StepErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } ... on InvalidTransitionError { from to allowed } }";
    private const string Fields = "id version number status allowedTransitions severity category receivedAt acknowledgedAt respondedAt closedAt acknowledgementDue responseDue isSlaPaused slaPausedAt customerAccepted satisfaction escalationCount reopenCount owner rootCause customer { code } originatingCommunication { subject }";

    [Fact]
    public async Task ReceiveComplaint_TwoInAYear_NumbersThemInTurnAndSetsTheSlaDueTimes()
    {
        var (customer, communication) = await StoreCustomerAsync();

        var first = await ReceiveAsync(customer, $"severity: HIGH, receivedAt: \"2026-03-02T09:00:00Z\", originatingCommunicationId: \"{communication}\"");
        var second = await ReceiveAsync(customer, "severity: LOW, receivedAt: \"2026-03-03T09:00:00Z\"");

        Assert.Matches(NumberFormat(), first.GetProperty("number").GetString());
        Assert.Equal(int.Parse(first.GetProperty("number").GetString()![9..], System.Globalization.CultureInfo.InvariantCulture) + 1,
            int.Parse(second.GetProperty("number").GetString()![9..], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("RECEIVED", first.GetProperty("status").GetString());
        Assert.Equal("2026-03-03T09:00:00Z", first.GetProperty("acknowledgementDue").GetString());
        Assert.Equal("2026-03-07T09:00:00Z", first.GetProperty("responseDue").GetString());
        Assert.Equal("Goods damaged", first.GetProperty("originatingCommunication").GetProperty("subject").GetString());
        Assert.Equal(["ACKNOWLEDGED"], first.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task ReceiveComplaint_ConcurrentReceipts_EachGetsItsOwnNumber()
    {
        var (customer, _) = await StoreCustomerAsync();

        var payloads = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => api.PostAsync(
            $"mutation {{ receiveComplaint(input: {{ customerId: \"{customer}\", severity: LOW, category: OTHER, description: \"Same time\", receivedAt: \"2026-04-01T09:00:00Z\" }}) {{ complaint {{ number }} {Errors} }} }}")));

        var numbers = payloads.Select(p => p.GetProperty("data").GetProperty("receiveComplaint").GetProperty("complaint").GetProperty("number").GetString()).ToList();
        Assert.Equal(5, numbers.Distinct().Count());
    }

    [Fact]
    public async Task ReceiveComplaint_InvalidInput_ReturnsTheTypedErrorNamingTheField()
    {
        var (customer, _) = await StoreCustomerAsync();
        var (_, othersCommunication) = await StoreCustomerAsync();

        var foreign = await ReceiveErrorAsync($"customerId: \"{customer}\", originatingCommunicationId: \"{othersCommunication}\"");
        var unknown = await ReceiveErrorAsync($"customerId: \"{DomainApi.Id("Customer", 999_999)}\"");
        var future = await ReceiveErrorAsync($"customerId: \"{customer}\", receivedAt: \"2999-01-01T00:00:00Z\"");

        Assert.Equal(("ValidationError", "originatingCommunicationId"), (foreign.GetProperty("__typename").GetString(), foreign.GetProperty("field").GetString()));
        Assert.Equal(("NotFoundError", "customerId"), (unknown.GetProperty("__typename").GetString(), unknown.GetProperty("field").GetString()));
        Assert.Equal("IN_THE_FUTURE", future.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Workflow_ReceivedToClosed_MovesThroughEachStatusAndRecordsTheCustomersVerdict()
    {
        var (customer, _) = await StoreCustomerAsync();
        var complaint = await ReceiveAsync(customer, "severity: LOW, receivedAt: \"2026-03-02T09:00:00Z\"");
        var id = complaint.GetProperty("id").GetString()!;

        complaint = await StepAsync("acknowledgeComplaint", id, 1, "at: \"2026-03-02T10:00:00Z\"");
        complaint = await StepAsync("assessComplaint", id, 2, "at: \"2026-03-02T11:00:00Z\", severity: CRITICAL, isSafetyRelated: true, category: SAFETY");
        Assert.Equal("2026-03-04T09:00:00Z", complaint.GetProperty("responseDue").GetString());
        complaint = await StepAsync("startComplaintInvestigation", id, 3, "at: \"2026-03-02T12:00:00Z\", containment: \"Stock blocked\"");
        complaint = await StepAsync("respondToComplaint", id, 4, "at: \"2026-03-03T12:00:00Z\", responseText: \"Replaced\"");
        complaint = await StepAsync("closeComplaint", id, 5, "at: \"2026-03-04T12:00:00Z\", customerAccepted: true, satisfaction: 4");

        Assert.Equal("CLOSED", complaint.GetProperty("status").GetString());
        Assert.Equal(6, complaint.GetProperty("version").GetInt32());
        Assert.Equal("SAFETY", complaint.GetProperty("category").GetString());
        Assert.True(complaint.GetProperty("customerAccepted").GetBoolean());
        Assert.Equal(4, complaint.GetProperty("satisfaction").GetInt32());
        Assert.Equal(["REOPENED"], complaint.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()));
        var audit = await api.DataAsync("{ verifyAuditChain { isIntact } }");
        Assert.True(audit.GetProperty("verifyAuditChain").GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task Workflow_EscalatedThenClosedThenReopened_CountsEachAndClearsTheVerdict()
    {
        var id = await RespondedComplaintAsync();

        var escalated = await StepAsync("escalateComplaint", id, 5, "at: \"2026-03-05T09:00:00Z\", reason: \"Wants a site visit\"");
        await StepAsync("respondToComplaint", id, 6, "at: \"2026-03-06T09:00:00Z\", responseText: \"Visited the site\"");
        await StepAsync("closeComplaint", id, 7, "at: \"2026-03-07T09:00:00Z\", customerAccepted: true");
        var reopened = await StepAsync("reopenComplaint", id, 8, "at: \"2026-03-08T09:00:00Z\", reason: \"Fault returned\"");

        Assert.False(escalated.GetProperty("customerAccepted").GetBoolean());
        Assert.Equal("REOPENED", reopened.GetProperty("status").GetString());
        Assert.Equal(1, reopened.GetProperty("escalationCount").GetInt32());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("customerAccepted").ValueKind);
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("closedAt").ValueKind);
    }

    [Theory]
    [InlineData("closeComplaint", "customerAccepted: true", "RECEIVED", "CLOSED", "ACKNOWLEDGED")]
    [InlineData("respondToComplaint", "responseText: \"Too early\"", "RECEIVED", "RESPONDED", "ACKNOWLEDGED")]
    [InlineData("reopenComplaint", "reason: \"Not closed\"", "RECEIVED", "REOPENED", "ACKNOWLEDGED")]
    [InlineData("resumeComplaintSla", "", "RUNNING", "RUNNING", "PAUSED")]
    public async Task Step_NotAllowedFromTheCurrentStatus_ReturnsInvalidTransitionErrorNamingTheAllowed(string mutation, string fields, string from, string to, string allowed)
    {
        var (customer, _) = await StoreCustomerAsync();
        var id = (await ReceiveAsync(customer, "receivedAt: \"2026-03-02T09:00:00Z\"")).GetProperty("id").GetString()!;

        var error = await StepErrorAsync(mutation, id, 1, fields);

        Assert.Equal("InvalidTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal((from, to), (error.GetProperty("from").GetString(), error.GetProperty("to").GetString()));
        Assert.Equal([allowed], error.GetProperty("allowed").EnumerateArray().Select(a => a.GetString()));
        var node = await api.DataAsync($"{{ node(id: \"{id}\") {{ ... on Complaint {{ status version }} }} }}");
        Assert.Equal(("RECEIVED", 1), (node.GetProperty("node").GetProperty("status").GetString(), node.GetProperty("node").GetProperty("version").GetInt32()));
    }

    [Fact]
    public async Task SlaClock_PausedAndResumed_MovesTheDueTimesByThePause()
    {
        var (customer, _) = await StoreCustomerAsync();
        var id = (await ReceiveAsync(customer, "severity: HIGH, receivedAt: \"2026-03-02T09:00:00Z\"")).GetProperty("id").GetString()!;

        var paused = await StepAsync("pauseComplaintSla", id, 1, "at: \"2026-03-02T10:00:00Z\", reason: \"Waiting for photos\"");
        var twice = await StepErrorAsync("pauseComplaintSla", id, 2, "at: \"2026-03-02T11:00:00Z\"");
        var resumed = await StepAsync("resumeComplaintSla", id, 2, "at: \"2026-03-04T10:00:00Z\"");

        Assert.True(paused.GetProperty("isSlaPaused").GetBoolean());
        Assert.Equal(("PAUSED", "PAUSED"), (twice.GetProperty("from").GetString(), twice.GetProperty("to").GetString()));
        Assert.False(resumed.GetProperty("isSlaPaused").GetBoolean());
        Assert.Equal("2026-03-05T09:00:00Z", resumed.GetProperty("acknowledgementDue").GetString());
        Assert.Equal("2026-03-09T09:00:00Z", resumed.GetProperty("responseDue").GetString());
    }

    [Fact]
    public async Task Step_StaleOrConcurrentVersions_OneWinsTheOthersGetAConflict()
    {
        var (customer, _) = await StoreCustomerAsync();
        var id = (await ReceiveAsync(customer, "receivedAt: \"2026-03-02T09:00:00Z\"")).GetProperty("id").GetString()!;

        var payloads = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ =>
            api.DataAsync($"mutation($id: ID!) {{ acknowledgeComplaint(input: {{ id: $id, version: 1 }}) {{ complaint {{ version }} {StepErrors} }} }}", new { id })));
        var stale = await StepErrorAsync("assessComplaint", id, 1, "severity: LOW, isSafetyRelated: false");

        var errors = payloads.Select(p => p.GetProperty("acknowledgeComplaint").GetProperty("errors")).ToList();
        Assert.Single(errors, e => e.ValueKind == JsonValueKind.Null);
        Assert.All(errors.Where(e => e.ValueKind != JsonValueKind.Null), e => Assert.Equal("ConcurrencyConflictError", e[0].GetProperty("__typename").GetString()));
        Assert.Equal(("ConcurrencyConflictError", 2), (stale.GetProperty("__typename").GetString(), stale.GetProperty("actualVersion").GetInt32()));
    }

    [Theory]
    [InlineData("closeComplaint", 5, "customerAccepted: false, satisfaction: 7", "ValidationError", "satisfaction")]
    [InlineData("escalateComplaint", 5, "at: \"2026-03-01T00:00:00Z\", reason: \"Too late\"", "ValidationError", "at")]
    [InlineData("escalateComplaint", 5, "at: \"2999-03-01T00:00:00Z\", reason: \"Later\"", "ValidationError", "at")]
    [InlineData("escalateComplaint", 5, "reason: \"\"", "ValidationError", "reason")]
    public async Task Step_InvalidInput_ReturnsValidationErrorNamingTheField(string mutation, int version, string fields, string typeName, string field)
    {
        var id = await RespondedComplaintAsync();

        var error = await StepErrorAsync(mutation, id, version, fields);

        Assert.Equal((typeName, field), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task Step_IdOfAnotherType_ReturnsNotFound()
    {
        var (customer, _) = await StoreCustomerAsync();

        var error = await StepErrorAsync("acknowledgeComplaint", customer, 1, "");

        Assert.Equal(("NotFoundError", "id"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task UpdateComplaint_OpenThenClosed_ChangesDetailsOnlyWhileOpen()
    {
        var id = await RespondedComplaintAsync();

        var updated = await StepAsync("updateComplaint", id, 5, "owner: \"Quality lead\", rootCause: \"Seal batch\"");
        await StepAsync("closeComplaint", id, 6, "customerAccepted: true");
        var closed = await StepErrorAsync("updateComplaint", id, 7, "rootCause: \"Another\"");

        Assert.Equal(("Quality lead", "Seal batch"), (updated.GetProperty("owner").GetString(), updated.GetProperty("rootCause").GetString()));
        Assert.Equal(("ValidationError", "status"), (closed.GetProperty("__typename").GetString(), closed.GetProperty("field").GetString()));
    }

    private async Task<string> RespondedComplaintAsync()
    {
        var (customer, _) = await StoreCustomerAsync();
        var id = (await ReceiveAsync(customer, "severity: MEDIUM, receivedAt: \"2026-03-02T09:00:00Z\"")).GetProperty("id").GetString()!;
        await StepAsync("acknowledgeComplaint", id, 1, "at: \"2026-03-02T10:00:00Z\"");
        await StepAsync("assessComplaint", id, 2, "at: \"2026-03-02T11:00:00Z\", severity: MEDIUM, isSafetyRelated: false");
        await StepAsync("startComplaintInvestigation", id, 3, "at: \"2026-03-02T12:00:00Z\"");
        await StepAsync("respondToComplaint", id, 4, "at: \"2026-03-04T09:00:00Z\", responseText: \"Replaced\"");
        return id;
    }

    private async Task<JsonElement> ReceiveAsync(string customer, string fields)
    {
        var input = $"customerId: \"{customer}\", category: DELIVERY, description: \"Goods damaged\", {(fields.Contains("severity", StringComparison.Ordinal) ? "" : "severity: MEDIUM, ")}{fields}";
        return (await api.MutateAsync($"mutation {{ receiveComplaint(input: {{ {input} }}) {{ complaint {{ {Fields} }} {Errors} }} }}")).GetProperty("complaint");
    }

    private Task<JsonElement> ReceiveErrorAsync(string fields) =>
        api.MutationErrorAsync($"mutation {{ receiveComplaint(input: {{ severity: LOW, category: OTHER, description: \"Broken\", {fields} }}) {{ complaint {{ id }} {Errors} }} }}");

    private async Task<JsonElement> StepAsync(string mutation, string id, int version, string fields) =>
        (await api.MutateAsync($"mutation {{ {mutation}(input: {{ id: \"{id}\", version: {version}{(fields.Length > 0 ? ", " : "")}{fields} }}) {{ complaint {{ {Fields} }} {ErrorsOf(mutation)} }} }}")).GetProperty("complaint");

    private Task<JsonElement> StepErrorAsync(string mutation, string id, int version, string fields) =>
        api.MutationErrorAsync($"mutation {{ {mutation}(input: {{ id: \"{id}\", version: {version}{(fields.Length > 0 ? ", " : "")}{fields} }}) {{ complaint {{ id }} {ErrorsOf(mutation)} }} }}");

    private static string ErrorsOf(string mutation) => mutation == "updateComplaint" ? UpdateErrors : StepErrors;

    /// <summary>A customer with an inbound communication "Goods damaged"; their global ids.</summary>
    private async Task<(string Customer, string Communication)> StoreCustomerAsync()
    {
        var (customer, communication) = await api.StoreAsync(db =>
        {
            var customer = new Customer("W" + Guid.NewGuid().ToString("N")[..8], "Foxtrot Ltd", CustomerSegment.SmallBusiness, "GB");
            var communication = new Communication(customer, CommunicationKind.Complaint, CommunicationDirection.Inbound, CommunicationChannel.Phone, "Goods damaged", null, new DateTime(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc), "sam");
            db.AddRange(customer, communication);
            return (customer, communication);
        });
        return (DomainApi.Id("Customer", customer.Id), DomainApi.Id("Communication", communication.Id));
    }

    [GeneratedRegex("^CMP-2026-[0-9]{5}$")]
    private static partial Regex NumberFormat();
}
