using System.Globalization;

namespace CustomerComms.Api.Benchmarks;

/// <summary>The command line of the benchmark.</summary>
internal sealed record BenchmarkOptions(string Database, int Iterations, int Warmup, string? Filter)
{
    public static BenchmarkOptions? Parse(string[] args)
    {
        string? database = null;
        string? filter = null;
        var iterations = 300;
        var warmup = 30;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--database":
                    database = args[i + 1];
                    break;
                case "--iterations" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    iterations = n;
                    break;
                case "--warmup" when int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var w):
                    warmup = w;
                    break;
                case "--filter":
                    filter = args[i + 1];
                    break;
                default:
                    return null;
            }
        }

        return args.Length % 2 == 0 && database is not null ? new BenchmarkOptions(database, iterations, warmup, filter) : null;
    }
}
