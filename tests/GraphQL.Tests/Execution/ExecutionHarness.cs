using System.Runtime.CompilerServices;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.GraphQL.Tests.Execution;

/// <summary>Runs documents through the request pipeline and returns the response as compact JSON.</summary>
internal static class ExecutionHarness
{
    public static async Task<string> RunAsync(Schema schema, string query, string? variables = null, object? root = null, ExecutionOptions? options = null, string? operationName = null)
    {
        var executor = new RequestExecutor(schema, (options ?? ExecutionOptions.Default) with { RootValue = root });
        var result = await executor.ExecuteAsync(query, operationName, variables);
        return ExecutionResultWriter.ToJson(result);
    }

    /// <summary>Single quotes to double quotes, so expected JSON reads easily in C#.</summary>
    public static string Json(string text) => text.Replace('\'', '"');

    public static string GoldenPath(string name, [CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "Golden", name);
}
