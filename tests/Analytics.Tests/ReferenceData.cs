using System.Text.Json;

namespace CustomerComms.Analytics.Tests;

/// <summary>Reads the reference JSON files in TestData.</summary>
internal static class ReferenceData
{
    public static JsonElement Load(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", fileName);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    public static JsonElement At(this JsonElement element, params string[] path)
    {
        foreach (string name in path)
        {
            element = element.GetProperty(name);
        }

        return element;
    }

    public static double[] Doubles(this JsonElement element) =>
        [.. element.EnumerateArray().Select(e => e.GetDouble())];

    public static double[][] Matrix(this JsonElement element) =>
        [.. element.EnumerateArray().Select(Doubles)];

    /// <summary>A list of 1-based indices from the reference, as 0-based indices.</summary>
    public static int[] ZeroBasedIndices(this JsonElement element) =>
        [.. element.EnumerateArray().Select(e => e.GetInt32() - 1)];
}
