using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Reports.Queries;

/// <summary>The run rules the report applies, and how each reads to a manager.</summary>
internal static class RunRuleNames
{
    public static readonly RunRuleSettings Settings = RunRuleSettings.For(RunRule.Nelson1, RunRule.Nelson2, RunRule.Nelson3, RunRule.Nelson5);

    public static string Describe(RunRule rule) => rule switch
    {
        RunRule.Nelson1 => "Nelson 1: beyond a control limit",
        RunRule.Nelson2 => "Nelson 2: nine points on one side of the centre line",
        RunRule.Nelson3 => "Nelson 3: six points steadily rising or falling",
        RunRule.Nelson5 => "Nelson 5: two of three points beyond 2 sigma",
        _ => rule.ToString(),
    };

    public static IReadOnlyList<string> Describe(IEnumerable<RunRule> rules) => rules.Select(Describe).ToList();
}
