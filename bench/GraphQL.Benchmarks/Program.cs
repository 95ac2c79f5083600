using BenchmarkDotNet.Running;

namespace CustomerComms.GraphQL.Benchmarks;

/// <summary>
/// Runs the benchmarks; arguments are BenchmarkDotNet's (e.g. <c>--filter '*' --job short</c>), or <c>--paired</c>
/// and its options for the alternating comparison with graphql-js (<see cref="PairedComparison" />).
/// </summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    public static int Main(string[] args)
    {
        if (args.Contains("--paired"))
        {
            return PairedComparison.Run(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
