namespace CustomerComms.Reports.Tests;

/// <summary>
/// Compares output with <c>__snapshots__/&lt;name&gt;</c> byte for byte; writes the file when it is missing or when
/// UPDATE_SNAPSHOTS=1.
/// </summary>
public static class GoldenFile
{
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(SnapshotFolder(), name);
        if (!File.Exists(path) || Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            var index = 0;
            while (index < Math.Min(expected.Length, actual.Length) && expected[index] == actual[index])
            {
                index++;
            }

            var line = 1 + expected.AsSpan(0, index).Count('\n');
            Assert.Fail($"{name} differs from the golden file at line {line}. Run with UPDATE_SNAPSHOTS=1 to accept the new output.");
        }
    }

    private static string SnapshotFolder([System.Runtime.CompilerServices.CallerFilePath] string source = "") =>
        Path.Combine(Path.GetDirectoryName(source)!, "__snapshots__");
}
