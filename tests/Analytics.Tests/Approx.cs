namespace CustomerComms.Analytics.Tests;

/// <summary>Assertions on floating-point values with an explicit tolerance.</summary>
internal static class Approx
{
    public static void Equal(double expected, double actual, double tolerance, string? what = null)
    {
        Assert.True(
            Math.Abs(expected - actual) <= tolerance,
            FormattableString.Invariant($"{what ?? "value"}: expected {expected} ± {tolerance}, got {actual}"));
    }

    public static void AllEqual(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Equal(expected[i], actual[i], tolerance, FormattableString.Invariant($"{what}[{i}]"));
        }
    }
}
