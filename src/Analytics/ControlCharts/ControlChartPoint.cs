using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>One plotted point of a control chart, with the limits it is judged against.</summary>
/// <param name="Index">0-based position of the observation, sample or subgroup in the input.</param>
/// <param name="Value">
/// The plotted statistic: the observation, moving range, subgroup mean, range or standard deviation, proportion,
/// count, rate, EWMA value, or — for CUSUM — the standardized observation y_i = (x̄_i − μ0)/(σ/√n_i).
/// </param>
/// <param name="Center">The centre line at this point.</param>
/// <param name="LowerLimit">The lower control limit (floored at 0 for R, S, p, np, c and u charts; −h for CUSUM).</param>
/// <param name="UpperLimit">The upper control limit (h for CUSUM).</param>
/// <param name="Sigma">The standard deviation of the plotted statistic at this point; the zone width of the run rules.</param>
/// <param name="BeyondLimits">
/// The statistic is strictly above the upper or strictly below the lower limit (for CUSUM: either sum strictly above h).
/// A point on a limit is not beyond it.
/// </param>
/// <param name="Violations">The run rules this point violates, in <see cref="RunRule"/> order; empty if none.</param>
/// <param name="PhaseTwo">The point lies after the estimation window of its stage, or the limits come from known standards.</param>
/// <param name="Excluded">The point was left out of the estimation (an assignable cause); it is still plotted and judged.</param>
/// <param name="Stage">0-based stage the point belongs to; limits are recomputed per stage.</param>
public sealed record ControlChartPoint(
    int Index,
    double Value,
    double Center,
    double LowerLimit,
    double UpperLimit,
    double Sigma,
    bool BeyondLimits,
    IReadOnlyList<RunRule> Violations,
    bool PhaseTwo,
    bool Excluded,
    int Stage)
{
    /// <summary>The raw observation or subgroup mean behind an EWMA or CUSUM point; null for other charts.</summary>
    public double? Observation { get; init; }

    /// <summary>The CUSUM sums at this point; null for other charts.</summary>
    public CusumState? Cusum { get; init; }
}
