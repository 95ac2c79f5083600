using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CustomerComms.GraphQL.Benchmarks;

/// <summary>
/// Measures each stage of each document on both sides in alternating slices of time: a slice of ours, a slice of
/// graphql-js (a <c>bench.mjs --serve</c> process kept warm beside this one), and so on, and reports the median of
/// the ratios of each pair of slices. A machine whose speed drifts over seconds — other work, a shared host — slows
/// both members of a pair alike, so the ratio holds still where two separate runs would each catch a different
/// moment.
/// </summary>
internal static class PairedComparison
{
    private static readonly (string Stage, string Label, string JsStage, Func<DocumentBenchmarks, object> Run)[] Stages =
    [
        ("parse", "parse", "parse", static b => b.Parse()),
        ("validate", "validate", "validate", static b => b.Validate()),
        ("execute", "execute", "execute", static b => b.Execute().GetAwaiter().GetResult()),
        ("all", "all three, no cache", "all", static b => b.AllCold().GetAwaiter().GetResult()),
        ("all-cached", "all three, cached document", "all", static b => b.AllWarm().GetAwaiter().GetResult()),
    ];

    private static readonly string[] Documents = ["a-typename", "b-three-fields", "c-fragments-list", "d-introspection"];

    /// <summary>Runs the comparison: <c>--paired --node-script PATH [--rounds N] [--slice-ms N] [--stages a,b]
    /// [--documents a,b]</c>.</summary>
    /// <returns>The process exit code.</returns>
    public static int Run(string[] args)
    {
        var script = Option(args, "--node-script") ?? throw new ArgumentException("--node-script is required.");
        var rounds = int.Parse(Option(args, "--rounds") ?? "11", CultureInfo.InvariantCulture);
        var sliceMs = int.Parse(Option(args, "--slice-ms") ?? "500", CultureInfo.InvariantCulture);
        var stages = (Option(args, "--stages") ?? string.Join(',', Stages.Select(s => s.Stage))).Split(',');
        var documents = (Option(args, "--documents") ?? string.Join(',', Documents)).Split(',');

        using var node = StartNode(script);
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $".NET {Environment.Version} · Node {NodeVersion()} · {rounds} pairs of {sliceMs} ms slices, alternating");
        table.AppendLine();
        table.AppendLine("| Document | Stage | Ours (ops/s) | graphql-js (ops/s) | Ours / graphql-js (median of pairs) | Lowest – highest pair |");
        table.AppendLine("|---|---|---:|---:|---:|---:|");

        foreach (var document in documents)
        {
            var benchmarks = new DocumentBenchmarks { Document = document };
            benchmarks.Setup();
            foreach (var (stage, label, jsStage, run) in Stages.Where(s => stages.Contains(s.Stage)))
            {
                // Warm both sides: ours through tiered compilation, graphql-js through V8's optimising tiers.
                Measure(() => run(benchmarks), 2 * sliceMs);
                Ask(node, document, jsStage, 2 * sliceMs);

                var ours = new List<double>();
                var theirs = new List<double>();
                var ratios = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    double own, js;
                    if (round % 2 == 0)
                    {
                        own = Measure(() => run(benchmarks), sliceMs);
                        js = Ask(node, document, jsStage, sliceMs);
                    }
                    else
                    {
                        js = Ask(node, document, jsStage, sliceMs);
                        own = Measure(() => run(benchmarks), sliceMs);
                    }

                    ours.Add(own);
                    theirs.Add(js);
                    ratios.Add(own / js);
                }

                var line = string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {document} | {label} | {Median(ours):N0} | {Median(theirs):N0} | {Median(ratios):F2}× | {ratios.Min():F2}× – {ratios.Max():F2}× |");
                Console.Error.WriteLine(line);
                table.AppendLine(line);
            }
        }

        node.StandardInput.Close();
        node.WaitForExit();
        Console.WriteLine();
        Console.Write(table);
        return 0;
    }

    private static double Measure(Func<object> run, int milliseconds)
    {
        long operations = 0;
        var batch = 1;
        var clock = Stopwatch.StartNew();
        while (clock.ElapsedMilliseconds < milliseconds)
        {
            var batchStart = clock.Elapsed;
            for (var i = 0; i < batch; i++)
            {
                run();
            }

            operations += batch;
            if ((clock.Elapsed - batchStart).TotalMilliseconds < 2)
            {
                batch *= 2;
            }
        }

        return operations / clock.Elapsed.TotalSeconds;
    }

    private static Process StartNode(string script)
    {
        var start = new ProcessStartInfo("node", [Path.GetFullPath(script), "--serve"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(script))!,
        };
        start.Environment["NODE_ENV"] = "production";
        return Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
    }

    private static double Ask(Process node, string document, string stage, int milliseconds)
    {
        node.StandardInput.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{document} {stage} {milliseconds}"));
        node.StandardInput.Flush();
        var answer = node.StandardOutput.ReadLine() ?? throw new InvalidOperationException("graphql-js stopped answering.");
        return double.TryParse(answer, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException("graphql-js answered: " + answer);
    }

    private static string NodeVersion()
    {
        using var node = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true })!;
        var version = node.StandardOutput.ReadToEnd().Trim();
        node.WaitForExit();
        return version;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
