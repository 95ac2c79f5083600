using System.Text.Json;
using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.Tests;

/// <summary>Compares a chart's run-rule flags with the "independent" lists of a reference file.</summary>
internal static class ReferenceRules
{
    private static readonly (RunRule Rule, string Group, string Key)[] Keys =
    [
        (RunRule.Nelson1, "nelson", "1"),
        (RunRule.Nelson2, "nelson", "2"),
        (RunRule.Nelson3, "nelson", "3"),
        (RunRule.Nelson4, "nelson", "4"),
        (RunRule.Nelson5, "nelson", "5"),
        (RunRule.Nelson6, "nelson", "6"),
        (RunRule.Nelson7, "nelson", "7"),
        (RunRule.WesternElectric1, "western_electric", "1"),
        (RunRule.WesternElectric2, "western_electric", "2"),
        (RunRule.WesternElectric3, "western_electric", "3"),
        (RunRule.WesternElectric4, "western_electric", "4"),
    ];

    public static RunRuleSettings All(Nelson8Reading reading = Nelson8Reading.EitherSide) =>
        new() { Rules = Enum.GetValues<RunRule>(), Nelson8Reading = reading };

    /// <summary>Every rule, and Nelson 8 under the reading the chart was built with, flags exactly the reference points.</summary>
    public static void AssertMatches(JsonElement rules, ControlChart chart, Nelson8Reading reading)
    {
        JsonElement independent = rules.GetProperty("independent");
        foreach ((RunRule rule, string group, string key) in Keys)
        {
            AssertRule(independent.At(group, key), chart, rule);
        }

        string nelson8Key = reading == Nelson8Reading.EitherSide ? "8_minitab_either_side" : "8_qcc3_both_sides_required";
        AssertRule(independent.At("nelson", nelson8Key), chart, RunRule.Nelson8);
    }

    /// <summary>The plotted points (as 0-based positions in the chart's point list) flagged by <paramref name="rule"/>.</summary>
    public static int[] Flagged(ControlChart chart, RunRule rule) =>
        [.. chart.Points.Select((p, position) => (p, position)).Where(x => x.p.Violations.Contains(rule)).Select(x => x.position)];

    private static void AssertRule(JsonElement expected, ControlChart chart, RunRule rule)
    {
        int[] expectedPositions = expected.ZeroBasedIndices();
        int[] actual = Flagged(chart, rule);
        Assert.True(
            expectedPositions.SequenceEqual(actual),
            $"{rule}: expected [{string.Join(", ", expectedPositions)}], got [{string.Join(", ", actual)}]");
    }
}
