namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// Checks run rules over one segment of a chart (one stage: runs never span a stage boundary).
/// </summary>
/// <remarks>
/// Conventions, shared by every rule: a pattern flags the point that completes it and every later point while the
/// pattern continues (a rolling check that flags point i when the pattern holds for the points ending at i);
/// a point exactly on the centre line belongs to neither side and breaks a same-side run; "beyond" a zone boundary or
/// a limit means strictly beyond; for the k-of-m rules the flagged point must itself be beyond the zone boundary, and
/// near the start of a segment fewer than m points may complete the pattern (two of the first two points beyond 2σ
/// already are two of three). A zone width of zero (σ = 0) puts every point off the centre line beyond every zone.
/// </remarks>
public static class RunRuleEvaluator
{
    /// <summary>Checks the selected rules and returns, for each point, the rules it violates in <see cref="RunRule"/> order.</summary>
    /// <param name="values">The plotted statistic.</param>
    /// <param name="centers">The centre line at each point.</param>
    /// <param name="sigmas">The standard deviation of the plotted statistic at each point (zone width), at least 0.</param>
    /// <param name="lowerLimits">The lower control limit at each point (rule 1).</param>
    /// <param name="upperLimits">The upper control limit at each point (rule 1).</param>
    /// <param name="settings">Which rules, and their parameters.</param>
    /// <exception cref="ArgumentException">The lists differ in length, a σ is negative, or a run length is below 2.</exception>
    public static IReadOnlyList<IReadOnlyList<RunRule>> Evaluate(
        IReadOnlyList<double> values,
        IReadOnlyList<double> centers,
        IReadOnlyList<double> sigmas,
        IReadOnlyList<double> lowerLimits,
        IReadOnlyList<double> upperLimits,
        RunRuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(settings);
        int n = values.Count;
        if (centers.Count != n || sigmas.Count != n || lowerLimits.Count != n || upperLimits.Count != n)
        {
            throw new ArgumentException("Values, centres, sigmas and limits must have the same length.", nameof(values));
        }

        var violations = new ViolationMasks();
        Evaluate([.. values], [.. centers], [.. sigmas], [.. lowerLimits], [.. upperLimits], settings, violations, 0);
        var result = new IReadOnlyList<RunRule>[n];
        for (int i = 0; i < n; i++)
        {
            result[i] = [];
        }

        for (int k = 0; k < violations.Count; k++)
        {
            result[violations.PositionAt(k)] = RunRuleMask.ToRules(violations.MaskAt(k));
        }

        return result;
    }

    /// <summary>
    /// Records the bits of every rule violated at each point of one segment, whose first point is chart position
    /// <paramref name="firstPosition"/>. Centre, σ and limit spans of length 1 apply to every point (a stage with
    /// constant limits).
    /// </summary>
    internal static void Evaluate(
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> centers,
        ReadOnlySpan<double> sigmas,
        ReadOnlySpan<double> lowerLimits,
        ReadOnlySpan<double> upperLimits,
        RunRuleSettings settings,
        ViolationMasks output,
        int firstPosition) =>
        Patterns(settings, sigmas).Scan(values, 0, centers, sigmas, lowerLimits, upperLimits, output, firstPosition);

    /// <summary>
    /// Validates the settings and σ, and returns the patterns to scan one segment with, in one or several parts.
    /// </summary>
    internal static RunPatterns Patterns(RunRuleSettings settings, ReadOnlySpan<double> sigmas)
    {
        ValidateSettings(settings);
        foreach (double sigma in sigmas)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(sigma, nameof(sigmas));
        }

        int selected = 0;
        foreach (RunRule rule in settings.Rules)
        {
            selected |= RunRuleMask.Of(rule);
        }

        return new RunPatterns(new RunPatterns.Bits(
            selected & (RunRuleMask.Of(RunRule.Nelson1) | RunRuleMask.Of(RunRule.WesternElectric1)),
            Selected(selected, RunRule.Nelson2),
            Selected(selected, RunRule.WesternElectric4),
            Selected(selected, RunRule.Nelson3),
            Selected(selected, RunRule.Nelson4),
            Selected(selected, RunRule.Nelson5) | Selected(selected, RunRule.WesternElectric2),
            Selected(selected, RunRule.Nelson6) | Selected(selected, RunRule.WesternElectric3),
            Selected(selected, RunRule.Nelson7),
            Selected(selected, RunRule.Nelson8),
            settings.NelsonSameSideRunLength,
            settings.WesternElectricSameSideRunLength,
            settings.Nelson8Reading == Nelson8Reading.BothSides));
    }

    private static int Selected(int selected, RunRule rule) => selected & RunRuleMask.Of(rule);

    private static void ValidateSettings(RunRuleSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings.Rules, nameof(settings));
        if (settings.NelsonSameSideRunLength < 2 || settings.WesternElectricSameSideRunLength < 2)
        {
            throw new ArgumentException("A same-side run length must be at least 2.", nameof(settings));
        }

        foreach (RunRule rule in settings.Rules)
        {
            if (!Enum.IsDefined(rule))
            {
                throw new ArgumentException($"Unknown run rule {(int)rule}.", nameof(settings));
            }
        }
    }
}
