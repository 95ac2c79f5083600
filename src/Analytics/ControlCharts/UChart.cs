namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The u chart: nonconformities per unit inspected, sample sizes may vary (e.g. complaints per communication received).</summary>
/// <remarks>
/// Per stage: ū = Σx_i/Σn_i over the estimation samples (or a known u0); each point is x_i/n_i with limits
/// ū ± L·√(ū/n_i), the lower limit floored at 0. <see cref="ControlChart.Sigma"/> is √ū, the σ of one unit.
/// Sizes are in whatever inspection unit the caller uses (items, 50 m² of cloth, thousands of messages) and may be fractional.
/// </remarks>
public static class UChart
{
    /// <summary>Builds the chart.</summary>
    /// <param name="counts">Nonconformities per sample (x_i), non-negative.</param>
    /// <param name="sizes">Inspection units per sample (n_i), positive.</param>
    /// <param name="options">Phases, exclusions, stages, known u0, limit width and rules; a known Sigma is rejected.</param>
    /// <exception cref="ArgumentException">Empty or mismatched input, a negative count, a known Sigma, or a stage without estimation samples.</exception>
    public static ControlChart Build(IReadOnlyList<double> counts, IReadOnlyList<double> sizes, ControlChartOptions? options = null) =>
        AttributeChartBuilder.Build(new RateModel(PerUnit: true), counts, sizes, options);
}
