using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CustomerComms.Domain.Complaints;
using CustomerComms.Domain.CorrectiveActions;
using static CustomerComms.Api.Tests.GraphQL.Domain.CorrectiveActionRecords;
using static CustomerComms.Api.Tests.GraphQL.Domain.QualityRecords;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed partial class CorrectiveActionMutationTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string CreateErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string UpdateErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } }";
    private const string Errors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } ... on InvalidTransitionError { from to allowed } }";
    private const string Action = "correctiveAction { id version number status allowedTransitions openStepCount isEffective effectivenessCheckCount closedAt }";

    [Fact]
    public async Task RaiseCorrectiveAction_FromAComplaint_NumbersItLinksBothWaysAndAuditsIt()
    {
        var complaint = await api.StoreAsync(() => NewComplaint(NewCustomer(NewPrefix()), ComplaintSeverity.High, Past));

        var payload = await api.MutateAsync(
            $"mutation($c: ID!) {{ raiseCorrectiveAction(input: {{ source: COMPLAINT, complaintId: $c, title: \"Seal leaks\", description: \"Recurring leaks.\", owner: \"Quality engineer\", containment: \"Lot blocked.\" }}) {{ correctiveAction {{ id number status source containment customer {{ code }} complaint {{ correctiveActions {{ number }} }} }} {CreateErrors} }} }}",
            new { c = DomainApi.Id("Complaint", complaint.Id) });

        var action = payload.GetProperty("correctiveAction");
        var number = action.GetProperty("number").GetString()!;
        Assert.Matches(NumberPattern(), number);
        Assert.StartsWith($"CA-{DateTime.UtcNow.Year.ToString(CultureInfo.InvariantCulture)}-", number, StringComparison.Ordinal);
        Assert.Equal("OPEN", action.GetProperty("status").GetString());
        Assert.Equal("Lot blocked.", action.GetProperty("containment").GetString());
        Assert.Equal([number], action.GetProperty("complaint").GetProperty("correctiveActions").EnumerateArray().Select(a => a.GetProperty("number").GetString()));
        Assert.False(string.IsNullOrEmpty(action.GetProperty("customer").GetProperty("code").GetString()));
        Assert.Equal(1, api.AuditEntries(nameof(CorrectiveAction), KeyOf(action.GetProperty("id").GetString()!)));
    }

    [Fact]
    public async Task RaiseCorrectiveAction_OnItsOwnTwice_TakesConsecutiveNumbers()
    {
        const string Raise = "mutation { raiseCorrectiveAction(input: { source: AUDIT, title: \"Audit finding\", description: \"Calibration overdue.\", owner: \"QA\" }) { correctiveAction { number complaint { correctiveActions { id } } } errors { __typename } } }";

        var first = CorrectiveActionNumber.Parse((await api.MutateAsync(Raise)).GetProperty("correctiveAction").GetProperty("number").GetString()!);
        var second = (await api.MutateAsync(Raise)).GetProperty("correctiveAction");

        Assert.Equal(first.Next().ToString(), second.GetProperty("number").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("complaint").ValueKind);
    }

    [Fact]
    public async Task RaiseCorrectiveAction_ConcurrentRaises_EachGetsItsOwnNumber()
    {
        const string Raise = "mutation { raiseCorrectiveAction(input: { source: OTHER, title: \"Concurrent\", description: \"D\", owner: \"QA\" }) { correctiveAction { number } errors { __typename } } }";

        var payloads = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => api.MutateAsync(Raise)));

        Assert.Equal(6, payloads.Select(p => p.GetProperty("correctiveAction").GetProperty("number").GetString()).Distinct().Count());
    }

    [Theory]
    [InlineData("source: COMPLAINT", "ValidationError", "complaintId")]
    [InlineData("source: AUDIT, complaintId: $c", "ValidationError", "complaintId")]
    [InlineData("source: OTHER, dueAt: \"2001-01-01T00:00:00Z\"", "ValidationError", "dueAt")]
    [InlineData("source: OTHER, owner: \" \"", "ValidationError", "owner")]
    [InlineData("source: COMPLAINT, complaintId: \"Q29tcGxhaW50Ojk5OTk5OTk=\"", "NotFoundError", "complaintId")]
    [InlineData("source: COMPLAINT, complaintId: \"Q3VzdG9tZXI6MQ==\"", "NotFoundError", "complaintId")]
    public async Task RaiseCorrectiveAction_InvalidInput_ReturnsTheTypedErrorNamingTheField(string input, string type, string field)
    {
        var complaint = await api.StoreAsync(() => NewComplaint(NewCustomer(NewPrefix()), ComplaintSeverity.Low, Past));
        var fields = input.Contains("owner", StringComparison.Ordinal) ? input : input + ", owner: \"QA\"";

        var variables = input.Contains("$c", StringComparison.Ordinal) ? "($c: ID)" : "";

        var error = await api.MutationErrorAsync(
            $"mutation{variables} {{ raiseCorrectiveAction(input: {{ {fields}, title: \"T\", description: \"D\" }}) {{ correctiveAction {{ id }} {CreateErrors} }} }}",
            variables.Length == 0 ? null : new { c = DomainApi.Id("Complaint", complaint.Id) });

        Assert.Equal(type, error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task CorrectiveAction_WorkedThroughTheWholeWorkflow_ClosesOnceVerified()
    {
        var id = await RaiseAsync();
        var action = await MutateAsync("recordCorrectiveActionAnalysis", id, 1, "rootCause: \"Supplier changed the seal compound.\", analysisMethod: FIVE_WHYS");
        action = await MutateAsync("startCorrectiveAction", id, Version(action));
        var step1 = await AddStepAsync(id, Version(action), "Update incoming inspection");
        var step2 = await AddStepAsync(id, Version(action), "Requalify supplier");

        Assert.Equal(2, step2.GetProperty("number").GetInt32());
        var done = await api.MutateAsync($"mutation {{ completeCorrectiveActionStep(input: {{ id: \"{step1.GetProperty("id").GetString()}\", version: 1, notes: \"Plan rev. C\" }}) {{ correctiveActionStep {{ isCompleted completedAt notes version correctiveAction {{ openStepCount }} }} {UpdateErrors} }} }}");
        Assert.True(done.GetProperty("correctiveActionStep").GetProperty("isCompleted").GetBoolean());
        Assert.Equal(1, done.GetProperty("correctiveActionStep").GetProperty("correctiveAction").GetProperty("openStepCount").GetInt32());
        await api.MutateAsync($"mutation {{ completeCorrectiveActionStep(input: {{ id: \"{step2.GetProperty("id").GetString()}\", version: 1, completedAt: \"{DateTime.UtcNow:O}\" }}) {{ correctiveActionStep {{ id }} {UpdateErrors} }} }}");

        action = await MutateAsync("markCorrectiveActionImplemented", id, Version(action));
        Assert.Equal("IMPLEMENTED", action.GetProperty("status").GetString());
        action = await MutateAsync("verifyCorrectiveActionEffectiveness", id, Version(action), "effective: true, notes: \"No recurrence in 30 days.\", verifiedBy: \"Quality manager\"");
        Assert.Equal("VERIFIED", action.GetProperty("status").GetString());
        action = await MutateAsync("closeCorrectiveAction", id, Version(action));

        Assert.Equal("CLOSED", action.GetProperty("status").GetString());
        Assert.Equal(0, action.GetProperty("allowedTransitions").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, action.GetProperty("closedAt").ValueKind);
    }

    [Fact]
    public async Task VerifyCorrectiveActionEffectiveness_Ineffective_SendsTheActionBackToInProgress()
    {
        var action = await api.StoreAsync(() => NewAction("Ineffective", Past).WorkedTo(CorrectiveActionStatus.Implemented));

        var payload = await MutateAsync("verifyCorrectiveActionEffectiveness", DomainApi.Id(nameof(CorrectiveAction), action.Id), action.Version, "effective: false, notes: \"Two more complaints.\", verifiedBy: \"QM\"");

        Assert.Equal("IN_PROGRESS", payload.GetProperty("status").GetString());
        Assert.False(payload.GetProperty("isEffective").GetBoolean());
        Assert.Equal(1, payload.GetProperty("effectivenessCheckCount").GetInt32());
    }

    [Theory]
    [InlineData(CorrectiveActionStatus.Implemented, "IMPLEMENTED", "VERIFIED IN_PROGRESS")]
    [InlineData(CorrectiveActionStatus.Open, "OPEN", "IN_PROGRESS")]
    public async Task CloseCorrectiveAction_NotVerified_ReturnsInvalidTransitionAndKeepsTheStatus(CorrectiveActionStatus status, string from, string allowed)
    {
        var action = await api.StoreAsync(() => NewAction("Unverified", Past).WorkedTo(status));
        var id = DomainApi.Id(nameof(CorrectiveAction), action.Id);

        var error = await ErrorAsync("closeCorrectiveAction", id, action.Version);

        Assert.Equal("InvalidTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal(from, Screaming(error.GetProperty("from").GetString()!));
        Assert.Equal("CLOSED", Screaming(error.GetProperty("to").GetString()!));
        Assert.Equal(allowed, string.Join(' ', error.GetProperty("allowed").EnumerateArray().Select(a => Screaming(a.GetString()!))));
        Assert.Contains("verified", error.GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        var node = await api.DataAsync($"{{ node(id: \"{id}\") {{ ... on CorrectiveAction {{ status closedAt }} }} }}");
        Assert.Equal(from, node.GetProperty("node").GetProperty("status").GetString());
    }

    [Fact]
    public async Task MarkCorrectiveActionImplemented_StepStillOpen_ReturnsInvalidTransition()
    {
        var action = await api.StoreAsync(() => NewAction("Open step", Past).WorkedTo(CorrectiveActionStatus.InProgress, steps: 2));

        var error = await ErrorAsync("markCorrectiveActionImplemented", DomainApi.Id(nameof(CorrectiveAction), action.Id), action.Version);

        Assert.Equal("InvalidTransitionError", error.GetProperty("__typename").GetString());
        Assert.Contains("2 of its 2", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CompleteCorrectiveActionStep_Twice_ReturnsValidationErrorOnTheStep()
    {
        var action = await api.StoreAsync(() => NewAction("Twice", Past).WorkedTo(CorrectiveActionStatus.InProgress));
        var stepId = DomainApi.Id(nameof(CorrectiveActionStep), action.Steps[0].Id);
        await api.MutateAsync($"mutation {{ completeCorrectiveActionStep(input: {{ id: \"{stepId}\", version: 1 }}) {{ correctiveActionStep {{ id }} {UpdateErrors} }} }}");

        var error = await api.MutationErrorAsync($"mutation {{ completeCorrectiveActionStep(input: {{ id: \"{stepId}\", version: 2 }}) {{ correctiveActionStep {{ id }} {UpdateErrors} }} }}");

        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("id", error.GetProperty("field").GetString());
        Assert.Contains("already completed", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddCorrectiveActionStep_ToAClosedAction_ReturnsValidationErrorOnTheRecord()
    {
        var action = await api.StoreAsync(() => NewAction("Closed", Past).WorkedTo(CorrectiveActionStatus.Closed));

        var error = await api.MutationErrorAsync($"mutation {{ addCorrectiveActionStep(input: {{ correctiveActionId: \"{DomainApi.Id(nameof(CorrectiveAction), action.Id)}\", version: {action.Version}, description: \"Late\", owner: \"QA\", dueAt: \"{DateTime.UtcNow.AddDays(5):O}\" }}) {{ correctiveActionStep {{ id }} {UpdateErrors} }} }}");

        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("field").ValueKind);
    }

    [Fact]
    public async Task RecordCorrectiveActionAnalysis_RootCauseWithoutMethod_ReturnsValidationErrorOnTheMethod()
    {
        var id = await RaiseAsync();

        var error = await ErrorAsync("recordCorrectiveActionAnalysis", id, 1, "rootCause: \"Unknown\"");

        Assert.Equal("analysisMethod", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task StartCorrectiveAction_StaleVersion_ReturnsConcurrencyConflict()
    {
        var id = await RaiseAsync();
        await MutateAsync("recordCorrectiveActionAnalysis", id, 1, "containment: \"Stock blocked.\"");

        var error = await ErrorAsync("startCorrectiveAction", id, 1);

        Assert.Equal("ConcurrencyConflictError", error.GetProperty("__typename").GetString());
        Assert.Equal(1, error.GetProperty("expectedVersion").GetInt32());
        Assert.Equal(2, error.GetProperty("actualVersion").GetInt32());
    }

    [Fact]
    public async Task StartCorrectiveAction_ConcurrentWritersWithTheSameVersion_OneWinsTheOthersGetAConflict()
    {
        var id = await RaiseAsync();

        var payloads = (await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => api.DataAsync($"mutation {{ startCorrectiveAction(input: {{ id: \"{id}\", version: 1 }}) {{ {Action} {Errors} }} }}"))))
            .Select(d => d.GetProperty("startCorrectiveAction")).ToList();

        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null), p =>
            Assert.Equal("ConcurrencyConflictError", p.GetProperty("errors")[0].GetProperty("__typename").GetString()));
    }

    [Theory]
    [InlineData("Q29tcGxhaW50OjE=")]
    [InlineData("not an id")]
    public async Task StartCorrectiveAction_IdOfAnotherTypeOrMalformed_ReturnsNotFound(string id)
    {
        var error = await ErrorAsync("startCorrectiveAction", id, 1);

        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal("id", error.GetProperty("field").GetString());
    }

    private async Task<string> RaiseAsync()
    {
        var payload = await api.MutateAsync($"mutation {{ raiseCorrectiveAction(input: {{ source: NONCONFORMITY, title: \"Burr on flange\", description: \"Found in final inspection.\", owner: \"QA\", dueAt: \"{DateTime.UtcNow.AddDays(30):O}\" }}) {{ correctiveAction {{ id }} {CreateErrors} }} }}");
        return payload.GetProperty("correctiveAction").GetProperty("id").GetString()!;
    }

    private async Task<JsonElement> AddStepAsync(string id, int version, string description)
    {
        var payload = await api.MutateAsync($"mutation {{ addCorrectiveActionStep(input: {{ correctiveActionId: \"{id}\", version: {version}, description: \"{description}\", owner: \"Line lead\", dueAt: \"{DateTime.UtcNow.AddDays(14):O}\" }}) {{ correctiveActionStep {{ id number version }} {UpdateErrors} }} }}");
        return payload.GetProperty("correctiveActionStep");
    }

    private async Task<JsonElement> MutateAsync(string mutation, string id, int version, string? more = null)
    {
        var payload = await api.MutateAsync($"mutation {{ {mutation}(input: {{ id: \"{id}\", version: {version}{(more is null ? "" : ", " + more)} }}) {{ {Action} {ErrorsOf(mutation)} }} }}");
        return payload.GetProperty("correctiveAction");
    }

    private Task<JsonElement> ErrorAsync(string mutation, string id, int version, string? more = null) =>
        api.MutationErrorAsync($"mutation {{ {mutation}(input: {{ id: \"{id}\", version: {version}{(more is null ? "" : ", " + more)} }}) {{ {Action} {ErrorsOf(mutation)} }} }}");

    /// <summary>The error selection a mutation's error union allows: only the workflow steps can report an InvalidTransitionError.</summary>
    private static string ErrorsOf(string mutation) => mutation == "recordCorrectiveActionAnalysis" ? UpdateErrors : Errors;

    private static int Version(JsonElement action) => action.GetProperty("version").GetInt32();

    /// <summary>The GraphQL enum value of a CLR status name, e.g. IN_PROGRESS for InProgress.</summary>
    private static string Screaming(string name) => ScreamingPattern().Replace(name, "$1_$2").ToUpperInvariant();

    [GeneratedRegex("^CA-[0-9]{4}-[0-9]{5}$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex ScreamingPattern();
}
