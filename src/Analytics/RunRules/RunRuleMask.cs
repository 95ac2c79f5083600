namespace CustomerComms.Analytics.RunRules;

/// <summary>Run-rule sets as bit masks, so a million points can be judged without a list per point.</summary>
internal static class RunRuleMask
{
    private static readonly RunRule[] AllRules = Enum.GetValues<RunRule>();

    public static int Of(RunRule rule) => 1 << (int)rule;

    public static IReadOnlyList<RunRule> ToRules(int mask)
    {
        if (mask == 0)
        {
            return [];
        }

        var rules = new List<RunRule>(2);
        foreach (RunRule rule in AllRules)
        {
            if ((mask & Of(rule)) != 0)
            {
                rules.Add(rule);
            }
        }

        return rules.AsReadOnly();
    }
}
