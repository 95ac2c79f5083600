using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CustomerComms.Reports.Model;

namespace CustomerComms.Reports.Rendering;

/// <summary>
/// What templates see: the report's data snapshot (JSON) turned into plain dictionaries, lists and values — no CLR
/// objects, so a template can read data and nothing else — plus, for HTML, each chart's SVG under <c>chart</c>.
/// </summary>
internal static class ReportView
{
    private static readonly JsonSerializerOptions SnapshotOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The data snapshot stored with a generated report: the whole model as indented JSON.</summary>
    public static string Snapshot(ManagementReviewReport report) => JsonSerializer.Serialize(report, SnapshotOptions);

    public static object Build(ManagementReviewReport report, string snapshot, bool charts)
    {
        var root = JsonNode.Parse(snapshot)!.AsObject();
        if (charts)
        {
            AddCharts(report, root);
        }

        return ToPlain(root)!;
    }

    private static void AddCharts(ManagementReviewReport report, JsonObject root)
    {
        var indicators = root["satisfaction"]!["indicators"]!.AsArray();
        for (var i = 0; i < report.Satisfaction.Indicators.Count; i++)
        {
            var indicator = report.Satisfaction.Indicators[i];
            var points = indicator.Points
                .Select(p => new SvgChart.Point(p.Month, p.Value, p.Center, p.LowerLimit, p.UpperLimit, p.Flagged, p.InPeriod)).ToList();
            var trend = indicator.Trend is { } t ? new SvgChart.Line(t.OlsIntercept, t.OlsSlope) : null;
            indicators[i]!["chart"] = SvgChart.ControlChart($"{indicator.Name}: individuals chart", points, indicator.Center is not null, trend);
        }

        var rate = report.Complaints.RatePoints
            .Select(p => new SvgChart.Point(p.Month, p.Rate, p.Center, p.LowerLimit, p.UpperLimit, p.Flagged, p.InPeriod)).ToList();
        root["complaints"]!["rateChart"] = SvgChart.ControlChart("Complaints per 100 inbound communications: u-chart", rate, limits: true);
        root["complaints"]!["paretoChart"] = SvgChart.Pareto("Complaints by category", report.Complaints.ByCategory);
    }

    private static object? ToPlain(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => o.ToDictionary(p => p.Key, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(ToPlain).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.GetValue<string>(),
            JsonValueKind.Number => v.GetValue<double>(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };
}
