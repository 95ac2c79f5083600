using System.Text.Json;
using CustomerComms.Analytics.ControlCharts;

namespace CustomerComms.Analytics.Tests.ControlCharts;

/// <summary>Compares chart points with a reference block (statistics, center, lcl, ucl, std_dev, beyond_limits).</summary>
internal static class ReferenceChart
{
    public const double Tolerance = 1e-9;

    public static void AssertPoints(JsonElement expected, IReadOnlyList<ControlChartPoint> points)
    {
        Approx.AllEqual(expected.At("statistics").Doubles(), [.. points.Select(p => p.Value)], Tolerance, "statistic");
        Approx.AllEqual(expected.At("center").Doubles(), [.. points.Select(p => p.Center)], Tolerance, "center");
        Approx.AllEqual(expected.At("lcl").Doubles(), [.. points.Select(p => p.LowerLimit)], Tolerance, "lcl");
        Approx.AllEqual(expected.At("ucl").Doubles(), [.. points.Select(p => p.UpperLimit)], Tolerance, "ucl");
        int[] beyond = expected.At("beyond_limits").ZeroBasedIndices();
        Assert.Equal(beyond, points.Select((p, position) => (p, position)).Where(x => x.p.BeyondLimits).Select(x => x.position));
    }
}
