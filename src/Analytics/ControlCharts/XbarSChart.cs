using CustomerComms.Analytics.Constants;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The X̄-S chart: subgroup means with the standard-deviation chart.</summary>
/// <remarks>
/// Subgroup standard deviations s_i use the n−1 divisor. Per stage: centre = size-weighted grand mean of the estimation
/// subgroups; σ = mean of s_i/c4(n_i) over the estimation subgroups (for equal sizes s̄/c4, the "UWAVE-SD" estimator).
/// X̄ limits: centre ± L·σ/√n_i (= X̿ ± A3·s̄ for equal sizes and L = 3). S chart: centre c4(n_i)·σ (= s̄), limits
/// c4σ ± L·σ·√(1 − c4²) with the lower limit floored at 0 (= B3·s̄, B4·s̄). c4 is exact (gamma function), so any
/// subgroup size of at least 2 is accepted and sizes may vary.
/// </remarks>
public static class XbarSChart
{
    /// <summary>Builds the X̄ chart, with the S chart as <see cref="ControlChart.RangeChart"/>.</summary>
    /// <param name="subgroups">Observations of each subgroup, subgroups in time order; at least 2 observations each.</param>
    /// <param name="options">Phases, exclusions, stages, standards (known μ and σ of one observation), limit width, rules.</param>
    /// <exception cref="ArgumentException">No subgroups, a subgroup of fewer than 2 observations, a non-finite value, or a stage without estimation subgroups.</exception>
    public static ControlChart Build(IReadOnlyList<IReadOnlyList<double>> subgroups, ControlChartOptions? options = null)
    {
        options ??= ControlChartOptions.Default;
        var stats = SubgroupStatistics.Of(subgroups, ControlChartConstants.MinimumSubgroupSize, int.MaxValue);
        var builder = new SubgroupChartBuilder(
            ControlChartKind.XbarS,
            ControlChartKind.StandardDeviation,
            ControlChartConstants.C4,
            size => Math.Sqrt(1 - (ControlChartConstants.C4(size) * ControlChartConstants.C4(size))),
            "X̄-S: s_i with the n−1 divisor; centre = size-weighted grand mean; σ = mean(s_i/c4(n_i)), c4 exact; X̄ limits centre ± Lσ/√n_i; S centre c4σ, limits c4σ ± Lσ√(1−c4²) floored at 0.");
        return builder.Build(stats, stats.StandardDeviations, options);
    }
}
