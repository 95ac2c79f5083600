using System.Text.Json;
using CustomerComms.Domain.Risks;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class RiskApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string EV = "errors { __typename ... on Error { message } ... on ValidationError { field code } }";
    private const string EVN = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string EU = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } }";
    private const string ET = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } ... on InvalidTransitionError { from to allowed } }";

    private static readonly DateTime Identified = new(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Risks_FilteredByScoreRangeKindAndReviews_RunsAsSqlAndAnswersTheMatches()
    {
        var prefix = await StoreRisksAsync(8);
        api.Sql.Clear();

        var data = await api.DataAsync(
            "query($p: String!) { risks(where: { title: { startsWith: $p }, score: { gte: 6, lte: 20 }, kind: { in: [RISK] }, reviews: { some: { effective: { eq: false } } } }, order: [{ score: DESC }]) { totalCount nodes { title kind score band reviews { effective } } } }",
            new { p = prefix });

        var risks = data.GetProperty("risks");
        // Risks are the even-numbered entries; entry i has likelihood i mod 5 + 1 and impact 4, and the ones divisible by 4 have an ineffective review.
        Assert.Equal([$"{prefix} 4", $"{prefix} 8"], Titles(risks));
        Assert.Equal(2, risks.GetProperty("totalCount").GetInt32());
        Assert.All(risks.GetProperty("nodes").EnumerateArray(), r => Assert.Contains(r.GetProperty("reviews").EnumerateArray(), v => !v.GetProperty("effective").GetBoolean()));
        Assert.Contains(api.Sql.Commands, sql => sql.Contains("EXISTS", StringComparison.Ordinal) && sql.Contains("\"Score\" >=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Risks_BandAndStatusEnumsAndDates_FilterAndScoreSortsInSql()
    {
        var prefix = await StoreRisksAsync(10);

        var data = await api.DataAsync(
            "query($p: String!, $d: DateTime!) { risks(where: { title: { startsWith: $p }, band: { nin: [LOW] }, status: { eq: ASSESSED }, identifiedAt: { lte: $d } }, order: [{ score: DESC }, { title: ASC }]) { nodes { title score band status } } }",
            new { p = prefix, d = Identified.AddDays(5) });

        var nodes = data.GetProperty("risks").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(nodes);
        Assert.All(nodes, r => Assert.NotEqual("LOW", r.GetProperty("band").GetString()));
        Assert.All(nodes, r => Assert.Equal("ASSESSED", r.GetProperty("status").GetString()));
        // Entries 1–5 score 8, 12, 16, 20 and 4 (LOW, left out).
        Assert.Equal([20, 16, 12, 8], nodes.Select(r => r.GetProperty("score").GetInt32()));
    }

    [Fact]
    public async Task Risks_PagedForwardThenBackwardWithCursors_VisitsEveryEntryOnce()
    {
        var prefix = await StoreRisksAsync(7);
        const string Query = "query($p: String!, $after: String, $before: String, $first: Int, $last: Int) { risks(where: { title: { startsWith: $p } }, order: [{ title: DESC }], first: $first, after: $after, last: $last, before: $before) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { title } } }";

        var forward = new List<string>();
        string? after = null;
        JsonElement page;
        do
        {
            page = (await api.DataAsync(Query, new { p = prefix, first = 3, after })).GetProperty("risks");
            forward.AddRange(Titles(page));
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        while (page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());

        var last = (await api.DataAsync(Query, new { p = prefix, last = 2 })).GetProperty("risks");
        var before = (await api.DataAsync(Query, new { p = prefix, last = 3, before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).GetProperty("risks");

        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"{prefix} {i}").OrderDescending(StringComparer.Ordinal), forward);
        Assert.Equal(forward[^2..], Titles(last));
        Assert.Equal(forward[2..5], Titles(before));
        Assert.True(before.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task Risks_PageOfFiftyWithReviewsAndTheirRisks_CostsAConstantNumberOfCommands()
    {
        var prefix = await StoreRisksAsync(55);
        api.Sql.Clear();

        var data = await api.DataAsync("query($p: String!) { risks(first: 50, where: { title: { startsWith: $p } }) { nodes { title reviews { score risk { title } } } } }", new { p = prefix });

        Assert.Equal(50, data.GetProperty("risks").GetProperty("nodes").GetArrayLength());
        // The page, the reviews of all 50 entries in one batch, and the reviews' entries in one more.
        Assert.Equal(3, api.Sql.Commands.Count);
    }

    [Fact]
    public async Task Node_RiskAndReviewIds_AnswerTheRecords()
    {
        var prefix = await StoreRisksAsync(4);
        var risk = (await api.DataAsync("query($t: String!) { risks(where: { title: { eq: $t } }) { nodes { id reviews { id } } } }", new { t = $"{prefix} 4" }))
            .GetProperty("risks").GetProperty("nodes")[0];

        var data = await api.DataAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on RiskReview { risk { title } } ... on RiskOpportunity { title } } }",
            new { ids = new[] { risk.GetProperty("id").GetString(), risk.GetProperty("reviews")[0].GetProperty("id").GetString() } });

        Assert.Equal("RiskOpportunity", data.GetProperty("nodes")[0].GetProperty("__typename").GetString());
        Assert.Equal($"{prefix} 4", data.GetProperty("nodes")[1].GetProperty("risk").GetProperty("title").GetString());
    }

    [Fact]
    public async Task RiskWorkflow_CreateAssessTreatReviewClose_MovesThroughEachStepAndRaisesTheVersion()
    {
        var created = await api.MutateAsync($"mutation {{ createRisk(input: {{ kind: RISK, title: \"Sole supplier of sensors\", description: \"One supplier delivers every sensor.\", category: \"Supplier\", source: \"Supplier audit\", process: \"Purchasing\", owner: \"Head of Purchasing\", likelihood: 3, impact: 4, reviewFrequencyMonths: 6 }}) {{ risk {{ id version status score band }} {EV} }} }}");
        var risk = created.GetProperty("risk");
        var id = risk.GetProperty("id").GetString();
        Assert.Equal(("IDENTIFIED", 12, "HIGH"), (risk.GetProperty("status").GetString(), risk.GetProperty("score").GetInt32(), risk.GetProperty("band").GetString()));

        var assessed = await StepAsync($"assessRisk(input: {{ id: \"{id}\", version: 1, likelihood: 4, impact: 5 }})");
        Assert.Equal(("ASSESSED", 20, "CRITICAL"), (assessed.GetProperty("status").GetString(), assessed.GetProperty("score").GetInt32(), assessed.GetProperty("band").GetString()));
        var treated = await StepAsync($"setRiskTreatment(input: {{ id: \"{id}\", version: 2, treatment: MITIGATE, treatmentPlan: \"Qualify a second supplier.\", residualLikelihood: 2, residualImpact: 4 }})");
        Assert.Equal((8, "MEDIUM"), (treated.GetProperty("residualScore").GetInt32(), treated.GetProperty("residualBand").GetString()));
        await StepAsync($"startRiskTreatment(input: {{ id: \"{id}\", version: 3 }})");
        var reviewed = await StepAsync($"reviewRisk(input: {{ id: \"{id}\", version: 4, reviewer: \"Quality Manager\", likelihood: 1, impact: 4, effective: true, effectivenessNotes: \"Second supplier delivers.\" }})");
        Assert.Equal((4, "LOW"), (reviewed.GetProperty("residualScore").GetInt32(), reviewed.GetProperty("residualBand").GetString()));
        Assert.Equal(1, reviewed.GetProperty("reviews").GetArrayLength());
        var closed = await StepAsync($"closeRisk(input: {{ id: \"{id}\", version: 5, note: \"Supply secured.\" }})");

        Assert.Equal("CLOSED", closed.GetProperty("status").GetString());
        Assert.Equal(6, closed.GetProperty("version").GetInt32());
        Assert.Equal(["IDENTIFIED"], closed.GetProperty("allowedTransitions").EnumerateArray().Select(s => s.GetString()));
        var reopened = await StepAsync($"reopenRisk(input: {{ id: \"{id}\", version: 6 }})");
        Assert.Equal("IDENTIFIED", reopened.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("assessRisk", "likelihood: 6, impact: 2", "likelihood")]
    [InlineData("setRiskTreatment", "treatment: EXPLOIT, treatmentPlan: \"x\"", "treatment")]
    [InlineData("setRiskTreatment", "treatment: MITIGATE", "treatmentPlan")]
    [InlineData("setRiskTreatment", "treatment: MITIGATE, treatmentPlan: \"x\", residualLikelihood: 2", "residualImpact")]
    [InlineData("reviewRisk", "reviewer: \"Q\", likelihood: 2, impact: 2, effective: false", "effectivenessNotes")]
    public async Task RiskMutations_InvalidInput_ReturnValidationErrorNamingTheField(string mutation, string fields, string field)
    {
        var id = await NewRiskIdAsync(assessed: mutation != "assessRisk");

        var error = await api.MutationErrorAsync($"mutation {{ {mutation}(input: {{ id: \"{id}\", version: 1, {fields} }}) {{ risk {{ id }} {(mutation == "assessRisk" ? ET : EU)} }} }}");

        Assert.Equal("ValidationError", error.GetProperty("__typename").GetString());
        Assert.Equal(field, error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task StartRiskTreatment_EntryOnlyIdentified_ReturnsInvalidTransitionWithTheAllowedSteps()
    {
        var id = await NewRiskIdAsync(assessed: false);

        var error = await api.MutationErrorAsync($"mutation {{ startRiskTreatment(input: {{ id: \"{id}\", version: 1 }}) {{ risk {{ id }} {ET} }} }}");

        Assert.Equal("InvalidTransitionError", error.GetProperty("__typename").GetString());
        Assert.Equal("identified", error.GetProperty("from").GetString()!.ToLowerInvariant());
        Assert.Equal("treating", error.GetProperty("to").GetString()!.ToLowerInvariant());
        Assert.Equal(["assessed", "closed"], error.GetProperty("allowed").EnumerateArray().Select(s => s.GetString()!.ToLowerInvariant()));
    }

    [Fact]
    public async Task AssessRisk_StaleVersionOrWrongId_ReturnsConflictOrNotFound()
    {
        var id = await NewRiskIdAsync(assessed: true);

        var conflict = await api.MutationErrorAsync($"mutation {{ updateRisk(input: {{ id: \"{id}\", version: 7, title: \"Renamed\" }}) {{ risk {{ id }} {EU} }} }}");
        var missing = await api.MutationErrorAsync($"mutation {{ assessRisk(input: {{ id: \"{DomainApi.Id("RiskReview", 1)}\", version: 1, likelihood: 1, impact: 1 }}) {{ risk {{ id }} {ET} }} }}");

        Assert.Equal(("ConcurrencyConflictError", 7, 1), (conflict.GetProperty("__typename").GetString(), conflict.GetProperty("expectedVersion").GetInt32(), conflict.GetProperty("actualVersion").GetInt32()));
        Assert.Equal(("NotFoundError", "id"), (missing.GetProperty("__typename").GetString(), missing.GetProperty("field").GetString()));
    }

    [Fact]
    public async Task ReviewRisk_ConcurrentReviewersWithTheSameVersion_OneWinsTheOthersGetAConflict()
    {
        var id = await NewRiskIdAsync(assessed: true);
        var reviewers = Enumerable.Range(1, 5).Select(i => api.DataAsync($"mutation {{ reviewRisk(input: {{ id: \"{id}\", version: 1, reviewer: \"Reviewer {i}\", likelihood: 2, impact: 2, effective: true }}) {{ risk {{ id }} {EU} }} }}"));

        var payloads = (await Task.WhenAll(reviewers)).Select(data => data.GetProperty("reviewRisk")).ToList();

        Assert.Single(payloads, p => p.GetProperty("errors").ValueKind == JsonValueKind.Null);
        Assert.All(payloads.Where(p => p.GetProperty("errors").ValueKind != JsonValueKind.Null), p =>
            Assert.Equal("ConcurrencyConflictError", p.GetProperty("errors")[0].GetProperty("__typename").GetString()));
        var stored = await api.DataAsync($"{{ node(id: \"{id}\") {{ ... on RiskOpportunity {{ version reviews {{ reviewer }} }} }} }}");
        Assert.Equal(1, stored.GetProperty("node").GetProperty("reviews").GetArrayLength());
    }

    private async Task<JsonElement> StepAsync(string call)
    {
        var name = call[..call.IndexOf('(', StringComparison.Ordinal)];
        var errors = name is "setRiskTreatment" or "reviewRisk" ? EU : ET;
        var payload = await api.MutateAsync($"mutation {{ {call} {{ risk {{ version status score band residualScore residualBand allowedTransitions reviews {{ score }} }} {errors} }} }}");
        Assert.True(payload.TryGetProperty("risk", out var risk), name);
        return risk;
    }

    private async Task<string> NewRiskIdAsync(bool assessed)
    {
        var risk = await api.StoreAsync(db =>
        {
            var risk = new RiskOpportunity(RiskKind.Risk, "Single risk " + Guid.NewGuid().ToString("N")[..6], "d", "c", "s", "p", "o", 2, 3, 12, Identified);
            if (assessed)
            {
                risk.Assess(3, 3);
            }

            db.Add(risk);
            return risk;
        });
        return DomainApi.Id("RiskOpportunity", risk.Id);
    }

    /// <summary>Stores entries "PREFIX 1".."PREFIX n": even ones risks, odd ones opportunities, all assessed with likelihood i mod 5 + 1 and impact 4; every second one reviewed, every fourth ineffectively.</summary>
    private async Task<string> StoreRisksAsync(int count)
    {
        var prefix = "R" + Guid.NewGuid().ToString("N")[..8];
        await api.StoreAsync(db =>
        {
            for (var i = 1; i <= count; i++)
            {
                var risk = new RiskOpportunity(i % 2 == 0 ? RiskKind.Risk : RiskKind.Opportunity, $"{prefix} {i}", "d", "Supplier", "Audit", "Purchasing", "Owner", 1, 1, 12, Identified.AddDays(i));
                risk.Assess((i % 5) + 1, 4);
                if (i % 2 == 0)
                {
                    risk.RecordReview(Identified.AddMonths(2), "Reviewer", 2, 2, i % 4 != 0, i % 4 == 0 ? "Not enough." : null);
                }

                db.Add(risk);
            }

            return count;
        });
        return prefix;
    }

    private static IEnumerable<string> Titles(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty("title").GetString()!);
}
