using BenchmarkDotNet.Running;

namespace CustomerComms.Analytics.Benchmarks;

/// <summary>Runs the benchmarks; arguments are BenchmarkDotNet's (e.g. <c>--filter '*' --job short</c>).</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
