using System.Runtime.CompilerServices;

namespace CustomerComms.GraphQL.Tests.Language;

/// <summary>Reads the input and expected-output files kept beside these tests in <c>Golden/</c>.</summary>
internal static class GoldenFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory(), "Golden", name));

    private static string Directory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
