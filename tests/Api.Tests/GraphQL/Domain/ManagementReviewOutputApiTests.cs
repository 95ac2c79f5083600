using System.Globalization;
using System.Text.Json;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class ManagementReviewOutputApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string RecordErrors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string Errors = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } ... on InvalidTransitionError { from to allowed } }";
    private const string OutputFields = "id kind description owner dueDate status completedAt completionNote allowedTransitions isOverdue version review { id title }";

    private static string InAMonth => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task RecordReviewOutput_Action_IsReportedUnderAOfTheNextReview()
    {
        var first = await GenerateAsync("2022-01-01", "2022-03-31", "HTML");
        var description = "Publish complaint statistics monthly " + Guid.NewGuid().ToString("N")[..6];

        var output = (await api.MutateAsync(
            $"mutation($review: ID!, $description: String!, $due: Date) {{ recordReviewOutput(input: {{ reviewId: $review, kind: ACTION, description: $description, owner: \"Head of Quality\", dueDate: $due }}) {{ output {{ {OutputFields} }} {RecordErrors} }} }}",
            new { review = first, description, due = InAMonth })).GetProperty("output");
        var next = await GenerateAsync("2022-04-01", "2022-06-30", "MARKDOWN");
        var reviews = await api.DataAsync("query($id: ID!) { node(id: $id) { ... on ManagementReview { downloadUrl } } }", new { id = next });
        var markdown = await api.Server.Client.GetStringAsync(reviews.GetProperty("node").GetProperty("downloadUrl").GetString());

        Assert.Equal("ACTION", output.GetProperty("kind").GetString());
        Assert.Equal("OPEN", output.GetProperty("status").GetString());
        Assert.Equal(["DONE", "CANCELLED"], output.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(InAMonth, output.GetProperty("dueDate").GetString());
        Assert.False(output.GetProperty("isOverdue").GetBoolean());
        Assert.Equal(first, output.GetProperty("review").GetProperty("id").GetString());
        var sectionA = markdown[markdown.IndexOf("## a)", StringComparison.Ordinal)..markdown.IndexOf("## b)", StringComparison.Ordinal)];
        Assert.Contains(description, sectionA, StringComparison.Ordinal);
        Assert.Contains("Head of Quality", sectionA, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kind: ACTION, description: \"Hire two agents\"", "owner")]
    [InlineData("kind: DECISION, description: \"  \"", "description")]
    [InlineData("kind: DECISION, description: \"Keep the SLA\", dueDate: \"2020-01-01\"", "dueDate")]
    public async Task RecordReviewOutput_InvalidInput_ReturnsValidationErrorNamingTheField(string input, string field)
    {
        var review = await GenerateAsync("2022-07-01", "2022-09-30", "MARKDOWN");

        var error = await api.MutationErrorAsync($"mutation {{ recordReviewOutput(input: {{ reviewId: \"{review}\", {input} }}) {{ output {{ id }} {RecordErrors} }} }}");

        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task RecordReviewOutput_UnknownReview_ReturnsNotFound()
    {
        var id = DomainApi.Id("ManagementReview", 999_999);

        var error = await api.MutationErrorAsync($"mutation {{ recordReviewOutput(input: {{ reviewId: \"{id}\", kind: DECISION, description: \"X\" }}) {{ output {{ id }} {RecordErrors} }} }}");

        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal("reviewId", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task UpdateReviewOutput_Done_CompletesItAndRaisesTheVersion()
    {
        var id = await NewOutputAsync();

        var output = (await api.MutateAsync($"mutation {{ updateReviewOutput(input: {{ id: \"{id}\", version: 1, status: DONE, note: \"Published in March\" }}) {{ output {{ {OutputFields} }} {Errors} }} }}"))
            .GetProperty("output");

        Assert.Equal("DONE", output.GetProperty("status").GetString());
        Assert.Equal("Published in March", output.GetProperty("completionNote").GetString());
        Assert.NotEqual(JsonValueKind.Null, output.GetProperty("completedAt").ValueKind);
        Assert.Empty(output.GetProperty("allowedTransitions").EnumerateArray());
        Assert.Equal(2, output.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task UpdateReviewOutput_Cancelled_IsInTheOutputsAuditTrail()
    {
        var id = await NewOutputAsync();
        await api.MutateAsync($"mutation {{ updateReviewOutput(input: {{ id: \"{id}\", version: 1, status: CANCELLED, note: \"Superseded by the new SLA\" }}) {{ output {{ id }} {Errors} }} }}");

        var data = await api.DataAsync("query($id: ID!) { auditTrail(entityId: $id) { nodes { action entityId changes { field before after } } } }", new { id });

        var entries = data.GetProperty("auditTrail").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["INSERT", "UPDATE"], entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal(id, e.GetProperty("entityId").GetString()));
        var status = entries[1].GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("field").GetString() == "status");
        Assert.Equal("Open", status.GetProperty("before").GetString());
        Assert.Equal("Cancelled", status.GetProperty("after").GetString());
    }

    [Theory]
    [InlineData("DONE", "CANCELLED", "DONE", "CANCELLED")]
    [InlineData("CANCELLED", "DONE", "CANCELLED", "DONE")]
    public async Task UpdateReviewOutput_FromAFinalStatus_ReturnsInvalidTransition(string first, string second, string from, string to)
    {
        var id = await NewOutputAsync();
        await api.MutateAsync($"mutation {{ updateReviewOutput(input: {{ id: \"{id}\", version: 1, status: {first}, note: \"Settled\" }}) {{ output {{ id }} {Errors} }} }}");

        var error = await api.MutationErrorAsync($"mutation {{ updateReviewOutput(input: {{ id: \"{id}\", version: 2, status: {second}, note: \"Again\" }}) {{ output {{ id }} {Errors} }} }}");

        Assert.Equal("InvalidTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal(from, error.GetProperty("from").GetString());
        Assert.Equal(to, error.GetProperty("to").GetString());
        Assert.Empty(error.GetProperty("allowed").EnumerateArray());
    }

    [Fact]
    public async Task UpdateReviewOutput_OpenToOpen_ReturnsInvalidTransitionNamingTheAllowedSteps()
    {
        var id = await NewOutputAsync();

        var error = await api.MutationErrorAsync($"mutation {{ updateReviewOutput(input: {{ id: \"{id}\", version: 1, status: OPEN }}) {{ output {{ id }} {Errors} }} }}");

        Assert.Equal("InvalidTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal(["DONE", "CANCELLED"], error.GetProperty("allowed").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task UpdateReviewOutput_CancelWithoutNote_ReturnsValidationErrorOnNote()
    {
        var id = await NewOutputAsync();

        var error = await api.MutationErrorAsync($"mutation {{ updateReviewOutput(input: {{ id: \"{id}\", version: 1, status: CANCELLED }}) {{ output {{ id }} {Errors} }} }}");

        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal("note", error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task UpdateReviewOutput_StaleVersion_ReturnsConcurrencyConflict()
    {
        var id = await NewOutputAsync();
        await api.MutateAsync($"mutation {{ updateReviewOutput(input: {{ id: \"{id}\", version: 1, status: DONE }}) {{ output {{ id }} {Errors} }} }}");

        var error = await api.MutationErrorAsync($"mutation {{ updateReviewOutput(input: {{ id: \"{id}\", version: 1, status: CANCELLED, note: \"Late\" }}) {{ output {{ id }} {Errors} }} }}");

        Assert.Equal("ConcurrencyConflictError", error.GetProperty("__typename").GetString());
        Assert.Equal(1, error.GetProperty("expectedVersion").GetInt32());
        Assert.Equal(2, error.GetProperty("actualVersion").GetInt32());
    }

    [Fact]
    public async Task UpdateReviewOutput_ConcurrentWritersWithTheSameVersion_OneWinsTheOtherGetsAConflict()
    {
        var id = await NewOutputAsync();
        var writers = Enumerable.Range(1, 4).Select(i => api.DataAsync(
            $"mutation {{ updateReviewOutput(input: {{ id: \"{id}\", version: 1, status: {(i % 2 == 0 ? "DONE" : "CANCELLED")}, note: \"Writer {i}\" }}) {{ output {{ status }} {Errors} }} }}"));

        var payloads = (await Task.WhenAll(writers)).Select(data => data.GetProperty("updateReviewOutput")).ToList();

        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null), p =>
            Assert.Equal("ConcurrencyConflictError", p.GetProperty("errors")[0].GetProperty("__typename").GetString()));
    }

    [Fact]
    public async Task ManagementReviewOutputs_FilteredByOwnerAndStatus_AnswersTheOpenActionsOfThatOwner()
    {
        var owner = "Owner " + Guid.NewGuid().ToString("N")[..6];
        var open = await NewOutputAsync(owner);
        var done = await NewOutputAsync(owner);
        await api.MutateAsync($"mutation {{ updateReviewOutput(input: {{ id: \"{done}\", version: 1, status: DONE }}) {{ output {{ id }} {Errors} }} }}");

        var data = await api.DataAsync(
            "query($owner: String!) { managementReviewOutputs(where: { owner: { eq: $owner }, status: { eq: OPEN } }, order: [{ dueDate: ASC }]) { totalCount nodes { id } } }",
            new { owner });

        var node = Assert.Single(data.GetProperty("managementReviewOutputs").GetProperty("nodes").EnumerateArray());
        Assert.Equal(open, node.GetProperty("id").GetString());
    }

    private async Task<string> GenerateAsync(string from, string to, string format)
    {
        var payload = await api.MutateAsync($"mutation {{ generateManagementReview(input: {{ from: \"{from}\", to: \"{to}\", format: {format} }}) {{ managementReview {{ id }} errors {{ __typename }} }} }}");
        return payload.GetProperty("managementReview").GetProperty("id").GetString()!;
    }

    private async Task<string> NewOutputAsync(string owner = "Service manager")
    {
        var review = await GenerateAsync("2021-01-01", "2021-12-31", "MARKDOWN");
        var payload = await api.MutateAsync(
            $"mutation($review: ID!, $owner: String!, $due: Date) {{ recordReviewOutput(input: {{ reviewId: $review, kind: ACTION, description: \"Review the SLA\", owner: $owner, dueDate: $due }}) {{ output {{ id }} {RecordErrors} }} }}",
            new { review, owner, due = InAMonth });
        return payload.GetProperty("output").GetProperty("id").GetString()!;
    }
}
