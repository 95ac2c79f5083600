using System.Diagnostics;
using System.Text.Json;

namespace CustomerComms.GraphQL.Tests.Differential;

/// <summary>
/// graphql-js's answers to every case: installs graphql-js into the suite's folder when missing (<c>npm ci</c>,
/// from the lock file) and runs <c>run-graphql-js.mjs</c> once, keeping one JSON result per case name.
/// </summary>
public sealed class GraphQLJsReference
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private readonly Dictionary<string, JsonElement> _results = new(StringComparer.Ordinal);

    public GraphQLJsReference()
    {
        var folder = DifferentialFolder.Path;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "graphql")))
        {
            Run("npm", "ci --no-audit --no-fund", folder);
        }

        foreach (var line in Run("node", "run-graphql-js.mjs", folder).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var result = JsonDocument.Parse(line).RootElement;
            _results.Add(result.GetProperty("name").GetString()!, result);
        }
    }

    /// <summary>graphql-js's result of the case: <c>verdict</c>, <c>errors</c> and, when executed, <c>data</c>.</summary>
    public JsonElement ResultOf(string name) =>
        _results.TryGetValue(name, out var result) ? result : throw new InvalidOperationException($"graphql-js gave no result for the case \"{name}\".");

    private static string Run(string program, string arguments, string folder)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException(
                $"The differential suite needs Node.js 20 or later with npm on the PATH to run graphql-js; starting \"{program}\" failed: {exception.Message}", exception);
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"\"{program} {arguments}\" did not finish within {Timeout}.");
            }

            return process.ExitCode == 0
                ? output
                : throw new InvalidOperationException($"\"{program} {arguments}\" in {folder} failed with exit code {process.ExitCode}:\n{error.Result}");
        }
    }
}
