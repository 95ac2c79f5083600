using System.Globalization;

namespace CustomerComms.Api.Benchmarks;

/// <summary>The latencies of one scenario's measured requests and the SQL commands each sent.</summary>
internal sealed record ScenarioResult(string Name, IReadOnlyList<double> Milliseconds, IReadOnlyList<int> Commands)
{
    public string ToMarkdownRow()
    {
        var sorted = Milliseconds.Order().ToArray();
        var commands = Commands.Min() == Commands.Max()
            ? Commands[0].ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Commands.Min()}–{Commands.Max()}");
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {Name} | {sorted.Length} | {Percentile(sorted, 0.50):F1} | {Percentile(sorted, 0.95):F1} | {Percentile(sorted, 0.99):F1} | {sorted[^1]:F1} | {commands} |");
    }

    /// <summary>Nearest-rank percentile: the smallest value with at least p of the values at or below it.</summary>
    private static double Percentile(double[] sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
