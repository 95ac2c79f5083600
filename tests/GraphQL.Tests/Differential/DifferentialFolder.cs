namespace CustomerComms.GraphQL.Tests.Differential;

/// <summary>The folder of this suite's sources (schema, cases, graphql-js runner), found from the test binaries.</summary>
internal static class DifferentialFolder
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "CustomerComms.sln")))
            {
                return System.IO.Path.Combine(directory.FullName, "tests", "GraphQL.Tests", "Differential");
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds CustomerComms.sln.");
    }
}
