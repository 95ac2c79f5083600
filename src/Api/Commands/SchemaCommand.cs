using CustomerComms.Api.GraphQL;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.Commands;

/// <summary>
/// Prints the API's schema in SDL: to the file named by <c>--out</c> (<c>-</c> for standard output), or by default to
/// <c>schema.graphql</c> at the root of the source tree the program runs from (standard output outside one).
/// </summary>
internal static class SchemaCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? output = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out" && i + 1 < args.Length)
            {
                output = args[++i];
            }
            else
            {
                throw new CommandLineException($"schema takes only --out <file>; got '{args[i]}'.");
            }
        }

        output ??= RepositorySchemaFile() ?? "-";
        var sdl = SchemaPrinter.Print(ApiSchema.Build());
        if (output == "-")
        {
            await Console.Out.WriteAsync(sdl);
        }
        else
        {
            await File.WriteAllTextAsync(output, sdl);
            Console.WriteLine($"Wrote the schema to {Path.GetFullPath(output)}.");
        }

        return 0;
    }

    private static string? RepositorySchemaFile()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CustomerComms.sln")))
            {
                return Path.Combine(folder.FullName, "schema.graphql");
            }
        }

        return null;
    }
}
