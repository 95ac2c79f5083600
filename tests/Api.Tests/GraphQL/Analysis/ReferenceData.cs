using System.Text.Json;

namespace CustomerComms.Api.Tests.GraphQL.Analysis;

/// <summary>
/// The textbook control-chart datasets in TestData (Montgomery, Introduction to Statistical Quality Control; expected
/// results from R qcc). Their indices are 1-based; the API's are 0-based.
/// </summary>
internal static class ReferenceData
{
    public static JsonElement Load(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "GraphQL", "Analysis", "TestData", file)));
        return json.RootElement.Clone();
    }

    public static double[] Doubles(this JsonElement element) => [.. element.EnumerateArray().Select(e => e.GetDouble())];

    public static double[][] Subgroups(this JsonElement element) => [.. element.EnumerateArray().Select(Doubles)];

    /// <summary>1-based indices of the reference turned into 0-based ones.</summary>
    public static int[] ZeroBased(this JsonElement element) => [.. element.EnumerateArray().Select(e => e.GetInt32() - 1)];

    public static int[] Where(this JsonElement points, Func<JsonElement, bool> predicate) =>
        [.. points.EnumerateArray().Where(predicate).Select(p => p.GetProperty("index").GetInt32())];

    public static int[] Beyond(this JsonElement chart) => chart.GetProperty("points").Where(p => p.GetProperty("beyondLimits").GetBoolean());

    public static int[] Violating(this JsonElement chart, string rule) =>
        chart.GetProperty("points").Where(p => p.GetProperty("violations").EnumerateArray().Any(v => v.GetString() == rule));

    public static void Near(double expected, JsonElement actual, double tolerance) =>
        Assert.InRange(actual.GetDouble(), expected - tolerance, expected + tolerance);
}
