using CustomerComms.Analytics.Constants;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The X̄-R chart: subgroup means with the range chart.</summary>
/// <remarks>
/// Per stage: centre = grand mean of the estimation subgroups (each weighted by its size, i.e. the mean of all their
/// observations); σ = mean of R_i/d2(n_i) over the estimation subgroups (for equal sizes R̄/d2). X̄ limits:
/// centre ± L·σ/√n_i (= X̿ ± A2·R̄ for equal sizes and L = 3). R chart: centre d2(n_i)·σ (= R̄), limits
/// d2(n_i)·σ ± L·d3(n_i)·σ with the lower limit floored at 0 (= D3·R̄, D4·R̄). Subgroup sizes 2 to 25 and may vary.
/// </remarks>
public static class XbarRChart
{
    /// <summary>Builds the X̄ chart, with the R chart as <see cref="ControlChart.RangeChart"/>.</summary>
    /// <param name="subgroups">Observations of each subgroup, subgroups in time order; 2 to 25 observations each.</param>
    /// <param name="options">Phases, exclusions, stages, standards (known μ and σ of one observation), limit width, rules, constants.</param>
    /// <exception cref="ArgumentException">No subgroups, a subgroup of the wrong size, a non-finite value, or a stage without estimation subgroups.</exception>
    public static ControlChart Build(IReadOnlyList<IReadOnlyList<double>> subgroups, ControlChartOptions? options = null)
    {
        options ??= ControlChartOptions.Default;
        var stats = SubgroupStatistics.Of(subgroups, ControlChartConstants.MinimumSubgroupSize, ControlChartConstants.MaximumSubgroupSize);
        ConstantsConvention convention = options.Convention;
        string table = convention == ConstantsConvention.Exact ? "exact d2, d3" : "d2 from the three-decimal table, d3 to seven decimals";
        var builder = new SubgroupChartBuilder(
            ControlChartKind.XbarR,
            ControlChartKind.Range,
            size => ControlChartConstants.RangeMean(size, convention),
            size => ControlChartConstants.RangeStandardDeviation(size, convention),
            $"X̄-R: centre = size-weighted grand mean; σ = mean(R_i/d2(n_i)) ({table}); X̄ limits centre ± Lσ/√n_i; R centre d2σ, limits d2σ ± L·d3σ floored at 0.");
        return builder.Build(stats, stats.Ranges, options);
    }
}
