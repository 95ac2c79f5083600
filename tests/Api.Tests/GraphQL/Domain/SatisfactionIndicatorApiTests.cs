using System.Text.Json;
using CustomerComms.Domain.Satisfaction;

namespace CustomerComms.Api.Tests.GraphQL.Domain;

public sealed class SatisfactionIndicatorApiTests(DomainApi api) : IClassFixture<DomainApi>
{
    private const string EV = "errors { __typename ... on Error { message } ... on ValidationError { field code } }";
    private const string EVN = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } }";
    private const string EU = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } }";
    private const string ET = "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { id field } ... on ConcurrencyConflictError { expectedVersion actualVersion } ... on InvalidTransitionError { from to allowed } }";

    [Fact]
    public async Task CsiIndicators_FilteredCaseInsensitivelyByCodeDirectionTargetAndMeasurements_AnswerTheMatches()
    {
        var prefix = await StoreIndicatorsAsync(6, months: 4);

        var data = await api.DataAsync(
            "query($p: String!) { csiIndicators(where: { code: { startsWith: $p, caseInsensitive: true }, direction: { in: [HIGHER_IS_BETTER] }, target: { gte: 82, nlt: 80 }, measurements: { some: { value: { gt: 86 } }, all: { sampleSize: { gte: 100 } } } }, order: [{ code: ASC }]) { totalCount nodes { code direction target } } }",
            new { p = prefix.ToLowerInvariant() });

        // Even indicators are higher-is-better; indicator i's values are 80 + i + month (month 0–3), above 86 only for i = 4 and 6.
        Assert.Equal([$"{prefix}-4", $"{prefix}-6"], Codes(data.GetProperty("csiIndicators")));
    }

    [Fact]
    public async Task CsiIndicators_MeasurementListOperators_NoneAndAnySelectIndicatorsWithoutAndWithValues()
    {
        var prefix = await StoreIndicatorsAsync(3, months: 2);
        await api.StoreAsync(db =>
        {
            db.Add(new CsiIndicator($"{prefix}-EMPTY", "Empty", "d", "%", IndicatorDirection.HigherIsBetter, 90, 85, 80, MeasurementFrequency.Monthly, "o", "s"));
            return 0;
        });

        var data = await api.DataAsync(
            "query($p: String!) { empty: csiIndicators(where: { code: { startsWith: $p }, measurements: { any: false } }) { nodes { code status latestMeasurement { value } } } low: csiIndicators(where: { code: { startsWith: $p }, measurements: { any: true, none: { value: { gte: 84 } } } }) { nodes { code } } }",
            new { p = prefix });

        var empty = data.GetProperty("empty").GetProperty("nodes")[0];
        Assert.Equal($"{prefix}-EMPTY", empty.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("status").ValueKind);
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("latestMeasurement").ValueKind);
        Assert.Equal([$"{prefix}-1", $"{prefix}-2"], Codes(data.GetProperty("low")));
    }

    [Fact]
    public async Task Measurements_WithDateRange_AnswerOverlappingPeriodsInOrderWithTheirStatus()
    {
        var prefix = await StoreIndicatorsAsync(2, months: 6);

        var data = await api.DataAsync(
            "query($c: String!) { csiIndicators(where: { code: { eq: $c } }) { nodes { status all: measurements { periodStart } some: measurements(from: \"2025-02-15\", to: \"2025-04-01\") { periodStart value status meetsTarget indicator { code } } } } }",
            new { c = $"{prefix}-2" });

        var indicator = data.GetProperty("csiIndicators").GetProperty("nodes")[0];
        Assert.Equal(["2025-01-01", "2025-02-01", "2025-03-01", "2025-04-01", "2025-05-01", "2025-06-01"], indicator.GetProperty("all").EnumerateArray().Select(m => m.GetProperty("periodStart").GetString()));
        var some = indicator.GetProperty("some").EnumerateArray().ToList();
        Assert.Equal(["2025-02-01", "2025-03-01", "2025-04-01"], some.Select(m => m.GetProperty("periodStart").GetString()));
        // Indicator 2: target 82, amber 80, red 75; values 82 + month index.
        Assert.All(some, m => Assert.Equal("MET", m.GetProperty("status").GetString()));
        Assert.All(some, m => Assert.True(m.GetProperty("meetsTarget").GetBoolean()));
        Assert.All(some, m => Assert.Equal($"{prefix}-2", m.GetProperty("indicator").GetProperty("code").GetString()));
        Assert.Equal("MET", indicator.GetProperty("status").GetString());
    }

    [Fact]
    public async Task CsiIndicators_PageOfFiftyWithThreeRelations_CostsAConstantNumberOfCommands()
    {
        var prefix = await StoreIndicatorsAsync(55, months: 3);
        api.Sql.Clear();

        var data = await api.DataAsync(
            "query($p: String!) { csiIndicators(first: 50, where: { code: { startsWith: $p } }) { nodes { code status latestMeasurement { value } measurements { value status indicator { code } } } } }",
            new { p = prefix });

        var nodes = data.GetProperty("csiIndicators").GetProperty("nodes");
        Assert.Equal(50, nodes.GetArrayLength());
        Assert.All(nodes.EnumerateArray(), n => Assert.Equal(3, n.GetProperty("measurements").GetArrayLength()));
        // The page, the measurements of all 50 indicators in one batch, and the measurements' indicators in one more.
        Assert.Equal(3, api.Sql.Commands.Count);
    }

    [Fact]
    public async Task CsiIndicators_OrderedByTargetDescendingAndPagedBackward_AnswerTheLastPageFirst()
    {
        var prefix = await StoreIndicatorsAsync(5, months: 0);
        const string Query = "query($p: String!, $before: String) { csiIndicators(where: { code: { startsWith: $p } }, order: [{ target: DESC }], last: 2, before: $before) { pageInfo { hasPreviousPage startCursor } nodes { code target } } }";

        var last = (await api.DataAsync(Query, new { p = prefix })).GetProperty("csiIndicators");
        var previous = (await api.DataAsync(Query, new { p = prefix, before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString() })).GetProperty("csiIndicators");

        Assert.Equal([$"{prefix}-2", $"{prefix}-1"], Codes(last));
        Assert.Equal([$"{prefix}-4", $"{prefix}-3"], Codes(previous));
        Assert.True(previous.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
    }

    [Fact]
    public async Task DefineCsiIndicator_ValidThenSameCodeThenBadThresholds_StoresOnceAndNamesTheFaults()
    {
        var code = "nps-" + Guid.NewGuid().ToString("N")[..6];
        var define = $"mutation($code: String!, $amber: Float!) {{ defineCsiIndicator(input: {{ code: $code, name: \"NPS\", definition: \"Promoters minus detractors.\", unit: \"points\", direction: HIGHER_IS_BETTER, target: 40, amberThreshold: $amber, redThreshold: 25, frequency: QUARTERLY, owner: \"Sales\", dataSource: \"Survey\" }}) {{ indicator {{ id code version isActive frequency }} {EV} }} }}";

        var payload = await api.MutateAsync(define, new { code, amber = 32.0 });
        var taken = await api.MutationErrorAsync(define, new { code = code.ToUpperInvariant(), amber = 32.0 });
        var thresholds = await api.MutationErrorAsync(define, new { code = code + "-2", amber = 45.0 });

        Assert.Equal(code.ToUpperInvariant(), payload.GetProperty("indicator").GetProperty("code").GetString());
        Assert.Equal("QUARTERLY", payload.GetProperty("indicator").GetProperty("frequency").GetString());
        Assert.Equal(("code", "CSI_CODE_TAKEN"), (taken.GetProperty("field").GetString(), taken.GetProperty("code").GetString()));
        Assert.Equal("amberThreshold", thresholds.GetProperty("field").GetString());
    }

    [Fact]
    public async Task RecordCsiMeasurements_SeveralIndicatorsAtOnce_RecordsThemAll()
    {
        var prefix = await StoreIndicatorsAsync(2, months: 0);
        var ids = await IdsAsync(prefix);

        var payload = await api.MutateAsync(
            $"mutation($a: ID!, $b: ID!) {{ recordCsiMeasurements(input: {{ measurements: [{{ indicatorId: $a, periodStart: \"2025-01-01\", periodEnd: \"2025-01-31\", value: 81.5, sampleSize: 120 }}, {{ indicatorId: $b, periodStart: \"2025-01-01\", periodEnd: \"2025-01-31\", value: 70, note: \"Strike\" }}, {{ indicatorId: $a, periodStart: \"2025-02-01\", periodEnd: \"2025-02-28\", value: 83 }}] }}) {{ measurements {{ value status indicator {{ code measurements {{ value }} }} }} {EVN} }} }}",
            new { a = ids[0], b = ids[1] });

        var measurements = payload.GetProperty("measurements").EnumerateArray().ToList();
        Assert.Equal([81.5, 70, 83], measurements.Select(m => m.GetProperty("value").GetDouble()));
        Assert.Equal(["MET", "MISSED", "MET"], measurements.Select(m => m.GetProperty("status").GetString()));
        Assert.Equal(2, measurements[0].GetProperty("indicator").GetProperty("measurements").GetArrayLength());
    }

    [Fact]
    public async Task RecordCsiMeasurements_OneOverlappingPeriod_RecordsNoneAndNamesTheItem()
    {
        var prefix = await StoreIndicatorsAsync(1, months: 1);
        var ids = await IdsAsync(prefix);

        var error = await api.MutationErrorAsync(
            $"mutation($a: ID!) {{ recordCsiMeasurements(input: {{ measurements: [{{ indicatorId: $a, periodStart: \"2025-02-01\", periodEnd: \"2025-02-28\", value: 80 }}, {{ indicatorId: $a, periodStart: \"2025-01-15\", periodEnd: \"2025-02-14\", value: 80 }}] }}) {{ measurements {{ value }} {EVN} }} }}",
            new { a = ids[0] });
        var stored = await api.DataAsync("query($c: String!) { csiIndicators(where: { code: { eq: $c } }) { nodes { measurements { periodStart } } } }", new { c = $"{prefix}-1" });

        Assert.Equal(("ValidationError", "measurements.1.periodStart"), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString()));
        Assert.Equal(1, stored.GetProperty("csiIndicators").GetProperty("nodes")[0].GetProperty("measurements").GetArrayLength());
    }

    [Theory]
    [InlineData("Q3NpSW5kaWNhdG9yOjk5OTk5OQ==")]
    [InlineData("not-an-id")]
    public async Task RecordCsiMeasurements_UnknownIndicator_ReturnsNotFoundNamingTheItem(string id)
    {
        var error = await api.MutationErrorAsync($"mutation {{ recordCsiMeasurements(input: {{ measurements: [{{ indicatorId: \"{id}\", periodStart: \"2025-01-01\", periodEnd: \"2025-01-31\", value: 1 }}] }}) {{ measurements {{ value }} {EVN} }} }}");

        Assert.Equal(("NotFoundError", "measurements.0.indicatorId", id), (error.GetProperty("__typename").GetString(), error.GetProperty("field").GetString(), error.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task UpdateCsiIndicator_TargetsThenStaleVersion_ChangesThemOnceAndThenConflicts()
    {
        var prefix = await StoreIndicatorsAsync(1, months: 0);
        var id = (await IdsAsync(prefix))[0];
        var update = $"mutation {{ updateCsiIndicator(input: {{ id: \"{id}\", version: 1, direction: LOWER_IS_BETTER, target: 10, amberThreshold: 12, redThreshold: 15, isActive: false }}) {{ indicator {{ direction target isActive version }} {EU} }} }}";

        var payload = await api.MutateAsync(update);
        var conflict = await api.MutationErrorAsync(update);

        Assert.Equal(("LOWER_IS_BETTER", 10.0, false, 2), (payload.GetProperty("indicator").GetProperty("direction").GetString(), payload.GetProperty("indicator").GetProperty("target").GetDouble(), payload.GetProperty("indicator").GetProperty("isActive").GetBoolean(), payload.GetProperty("indicator").GetProperty("version").GetInt32()));
        Assert.Equal(("ConcurrencyConflictError", 2), (conflict.GetProperty("__typename").GetString(), conflict.GetProperty("actualVersion").GetInt32()));
    }

    private async Task<List<string>> IdsAsync(string prefix)
    {
        var data = await api.DataAsync("query($p: String!) { csiIndicators(where: { code: { startsWith: $p } }, order: [{ code: ASC }]) { nodes { id } } }", new { p = prefix });
        return [.. data.GetProperty("csiIndicators").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)];
    }

    /// <summary>
    /// Stores indicators PREFIX-1..n (even ones higher-is-better, odd ones lower-is-better), indicator i with target
    /// 80 + i, amber 78 + i (82 + i lower-is-better) and red 73 + i (87 + i), measured monthly from January 2025 with
    /// values 80 + i + month index and sample sizes 100 + month index.
    /// </summary>
    private async Task<string> StoreIndicatorsAsync(int count, int months)
    {
        var prefix = "CSI" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await api.StoreAsync(db =>
        {
            for (var i = 1; i <= count; i++)
            {
                var higher = i % 2 == 0;
                var indicator = new CsiIndicator($"{prefix}-{i}", $"Indicator {i}", "d", "%", higher ? IndicatorDirection.HigherIsBetter : IndicatorDirection.LowerIsBetter,
                    80 + i, higher ? 78 + i : 82 + i, higher ? 73 + i : 87 + i, MeasurementFrequency.Monthly, "Owner", "Source");
                for (var m = 0; m < months; m++)
                {
                    var start = new DateOnly(2025, 1, 1).AddMonths(m);
                    indicator.RecordMeasurement(start, start.AddMonths(1).AddDays(-1), 80 + i + m, 100 + m);
                }

                db.Add(indicator);
            }

            return count;
        });
        return prefix;
    }

    private static IEnumerable<string> Codes(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()!);
}
