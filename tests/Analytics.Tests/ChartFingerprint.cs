using System.Security.Cryptography;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Tests;

/// <summary>
/// A SHA-256 over everything a chart reports (every field of every point, the stages, centre, σ and conventions, and
/// the companion chart), so large charts can be compared with results pinned before a change, bit for bit.
/// </summary>
internal static class ChartFingerprint
{
    public static string Of(ControlChart chart)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            Write(writer, chart);
        }

        return Convert.ToHexString(SHA256.HashData(stream.ToArray()));
    }

    private static void Write(BinaryWriter writer, ControlChart chart)
    {
        writer.Write((int)chart.Kind);
        writer.Write(chart.Center);
        writer.Write(chart.Sigma);
        writer.Write(chart.Conventions);
        foreach (ChartStage stage in chart.Stages)
        {
            writer.Write(stage.Start);
            writer.Write(stage.Length);
            writer.Write(stage.EstimationCount);
            writer.Write(stage.Center);
            writer.Write(stage.Sigma);
        }

        writer.Write(chart.Points.Count);
        foreach (ControlChartPoint point in chart.Points)
        {
            writer.Write(point.Index);
            writer.Write(point.Value);
            writer.Write(point.Center);
            writer.Write(point.LowerLimit);
            writer.Write(point.UpperLimit);
            writer.Write(point.Sigma);
            writer.Write(point.BeyondLimits);
            writer.Write(point.PhaseTwo);
            writer.Write(point.Excluded);
            writer.Write(point.Stage);
            writer.Write(point.Observation ?? double.NaN);
            writer.Write(point.Violations.Count);
            foreach (RunRule rule in point.Violations)
            {
                writer.Write((int)rule);
            }
        }

        writer.Write(chart.RangeChart is not null);
        if (chart.RangeChart is not null)
        {
            Write(writer, chart.RangeChart);
        }
    }
}
