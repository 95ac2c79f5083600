namespace CustomerComms.Analytics.RunRules;

/// <summary>Which run rules a chart checks, and their adjustable parameters.</summary>
public sealed record RunRuleSettings
{
    /// <summary>Only <see cref="RunRule.Nelson1"/>, the default.</summary>
    public static RunRuleSettings Default { get; } = new();

    /// <summary>The rules to check; default Nelson 1 only.</summary>
    public IReadOnlyList<RunRule> Rules { get; init; } = [RunRule.Nelson1];

    /// <summary>Run length of Nelson rule 2 (points on the same side of the centre line); default 9.</summary>
    public int NelsonSameSideRunLength { get; init; } = 9;

    /// <summary>Run length of Western Electric rule 4 (points on the same side of the centre line); default 8.</summary>
    public int WesternElectricSameSideRunLength { get; init; } = 8;

    /// <summary>How Nelson rule 8 is read; default <see cref="Nelson8Reading.EitherSide"/>.</summary>
    public Nelson8Reading Nelson8Reading { get; init; } = Nelson8Reading.EitherSide;

    /// <summary>Settings that check <paramref name="rules"/> with the default parameters.</summary>
    public static RunRuleSettings For(params RunRule[] rules) => new() { Rules = rules };
}
