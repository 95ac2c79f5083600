using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.Trends;
using CustomerComms.Api.GraphQL.Data;
using CustomerComms.Api.GraphQL.Relay;
using CustomerComms.Domain.Persistence;
using CustomerComms.Domain.Satisfaction;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis.Stored;

/// <summary>
/// Analysis of stored data (issue contract "over stored data"): a CSI's series, trend and control chart, the
/// complaint rate as a u chart, NPS and complaint handling times per period. Periods are aggregated in SQL
/// (<see cref="StoredDataQueries" />); the statistics are CustomerComms.Analytics'.
/// </summary>
internal static class StoredAnalysisSchema
{
    private const string FromDescription = "The first day counted (inclusive); from the first record when left out.";
    private const string ToDescription = "The last day counted (inclusive); up to the last record when left out.";
    private const string PeriodDescription = "The length of the periods records are grouped into.";

    public static SchemaBuilder AddStoredAnalysis(this SchemaBuilder builder)
    {
        return builder
            .Enum<AnalysisPeriod>("AnalysisPeriod", e => e
                .Description("The length of the periods stored data is aggregated into.")
                .Value("WEEK", description: "ISO weeks, Monday to Sunday.")
                .Value("MONTH", description: "Calendar months.")
                .Value("QUARTER", description: "Calendar quarters starting in January, April, July and October."))
            .AddStoredAnalysisTypes()
            .Object<CsiIndicator>("CsiIndicator", type => type
                .FieldAsync("series", "[IndicatorPeriodValue!]!", ctx => SeriesAsync(ctx), f => Window(f)
                    .Description("The stored measurements per period, oldest first: the mean of the measurements whose own period starts in each. Periods without measurements are left out."))
                .FieldAsync("trend", "TrendAnalysis", ctx => TrendAsync(ctx), f => Window(f)
                    .Description("The trend of `series` (same arguments), with time in periods since the first one so that gaps count; null when fewer than 3 periods have measurements."))
                .FieldAsync("controlChart", "ControlChart", ctx => IndicatorChartAsync(ctx), f => ChartArguments(Window(f))
                    .Argument("kind", "ControlChartKind!", a => a.Description("XMR, EWMA, CUSUM or C: the kinds that take one value per point.").DefaultLiteral("XMR"))
                    .Argument("lambda", "Float", a => a.Description("EWMA weight in (0, 1]; default 0.2."))
                    .Argument("k", "Float", a => a.Description("CUSUM reference value in σ; default 0.5."))
                    .Argument("h", "Float", a => a.Description("CUSUM decision interval in σ; default 5."))
                    .Description("A control chart of `series` (point i is period i), with limits and run-rule violations; null when no period has measurements.")))
            .Query(query => query
                .FieldAsync("complaintRate", "ComplaintRate!", ctx => ComplaintRateAsync(ctx), f => ChartArguments(Window(f))
                    .Description("Complaints received per inbound communication, per period, with its u chart (variable sample sizes). Periods without inbound communications have no rate and are left out."))
                .FieldAsync("netPromoterScoreByPeriod", "[PeriodNetPromoterScore!]!", ctx => NetPromoterScoresAsync(ctx), f => Window(f)
                    .Description("The NPS of the answers to NPS questions, by the period their survey response was submitted in; periods without answers are left out.")
                    .Argument("surveyId", "ID", a => a.Description("Only this survey's responses; every survey's when left out.")))
                .FieldAsync("complaintResponseTimes", "[ResponseTimePeriod!]!", ctx => ResponseTimesAsync(ctx), f => Window(f)
                    .Description("Acknowledgement and response times of the complaints received in each period: nearest-rank median and 90th percentile in hours (SLA pauses not counted) and the share handled within the SLA.")));
    }

    private static FieldBuilder Window(FieldBuilder field) => field
        .Argument("from", "Date", a => a.Description(FromDescription))
        .Argument("to", "Date", a => a.Description(ToDescription))
        .Argument("period", "AnalysisPeriod!", a => a.Description(PeriodDescription).DefaultLiteral("MONTH"));

    private static FieldBuilder ChartArguments(FieldBuilder field) => field
        .Argument("rules", "[RunRule!]", a => a.Description("The run rules to check; default [NELSON_1]."))
        .Argument("phaseOneCount", "Int", a => a.Description("The first k periods estimate the limits; later ones are judged against them."))
        .Argument("exclude", "[Int!]", a => a.Description("0-based indices of periods left out of the estimation (still plotted and judged)."))
        .Argument("limitWidth", "Float", a => a.Description("The limits' distance from the centre in σ; default 3."));

    private static async Task<IReadOnlyList<PeriodValue>> SeriesAsync(ResolveContext context) =>
        await StoredDataQueries.IndicatorSeriesAsync(
            Db(context), context.ParentAs<CsiIndicator>().Id, PeriodWindow.FromArguments(context), context.CancellationToken);

    private static async Task<TrendAnalysis?> TrendAsync(ResolveContext context)
    {
        var window = PeriodWindow.FromArguments(context);
        var series = await SeriesAsync(context);
        if (series.Count < 3)
        {
            return null;
        }

        var times = series.Select(p => window.PeriodsBetween(series[0].PeriodStart, p.PeriodStart)).ToList();
        return UserInput.Compute(() => TrendAnalyzer.Analyze([.. series.Select(p => p.Value)], times));
    }

    private static async Task<ControlChart?> IndicatorChartAsync(ResolveContext context)
    {
        var kind = context.Argument<ControlChartKind>("kind");
        if (kind is not (ControlChartKind.Individuals or ControlChartKind.Ewma or ControlChartKind.Cusum or ControlChartKind.C))
        {
            throw UserInput.Error("An indicator's series has one value per period: use XMR, EWMA, CUSUM or C; charts of subgroups or counts take their data in `analysis.controlChart`.");
        }

        var series = await SeriesAsync(context);
        return series.Count == 0 ? null : Chart(context, kind, new Dictionary<string, object?> { ["values"] = series.Select(p => (object?)p.Value).ToList() }, "lambda", "k", "h");
    }

    private static async Task<ComplaintRate> ComplaintRateAsync(ResolveContext context)
    {
        var periods = await StoredDataQueries.ComplaintRateAsync(Db(context), PeriodWindow.FromArguments(context), context.CancellationToken);
        var chart = periods.Count == 0 ? null : Chart(context, ControlChartKind.U, new Dictionary<string, object?>
        {
            ["counts"] = periods.Select(p => (object?)(double)p.Complaints).ToList(),
            ["sizes"] = periods.Select(p => (object?)(double)p.Communications).ToList(),
        });
        return new ComplaintRate(periods, chart);
    }

    private static async Task<IReadOnlyList<PeriodNetPromoterScore>> NetPromoterScoresAsync(ResolveContext context)
    {
        int? surveyId = null;
        if (context.Argument<string>("surveyId") is { } id)
        {
            surveyId = GlobalId.TryParse(id, out var type, out var key) && type == "Survey" ? key : throw UserInput.Error($"`surveyId` \"{id}\" is not the id of a survey.");
        }

        return await StoredDataQueries.NetPromoterScoresAsync(Db(context), PeriodWindow.FromArguments(context), surveyId, context.CancellationToken);
    }

    private static async Task<IReadOnlyList<ResponseTimePeriod>> ResponseTimesAsync(ResolveContext context) =>
        await StoredDataQueries.ResponseTimesAsync(
            Db(context), PeriodWindow.FromArguments(context), context.Service<TimeProvider>().GetUtcNow().UtcDateTime, context.CancellationToken);

    private static CustomerCommsDbContext Db(ResolveContext context) => context.Service<ReadDbContexts>().Open();

    /// <summary>Builds the chart through the same checks as <c>analysis.controlChart</c>, with the series read from the database.</summary>
    private static ControlChart Chart(ResolveContext context, ControlChartKind kind, Dictionary<string, object?> data, params string[] extra)
    {
        data["kind"] = kind;
        foreach (var name in new[] { "rules", "phaseOneCount", "exclude", "limitWidth" }.Concat(extra))
        {
            data[name] = context.Arguments.GetValueOrDefault(name);
        }

        return ControlChartRequest.Build(new AnalysisInput(data, AnalysisLimits.MaxPoints(context)));
    }
}
