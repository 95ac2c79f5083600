namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The p chart: proportion nonconforming per sample, sample sizes may vary.</summary>
/// <remarks>
/// Per stage: p̄ = ΣD_i/Σn_i over the estimation samples (or a known p0 as <see cref="ControlChartOptions.Center"/>);
/// each point is D_i/n_i with limits p̄ ± L·√(p̄(1−p̄)/n_i), the lower limit floored at 0 (the upper is not capped).
/// <see cref="ControlChart.Center"/> is p̄ and <see cref="ControlChart.Sigma"/> is √(p̄(1−p̄)) of one unit.
/// p̄ = 0 or 1 gives zero-width limits: only a point different from p̄ is beyond.
/// </remarks>
public static class PChart
{
    /// <summary>Builds the chart.</summary>
    /// <param name="counts">Nonconforming items per sample (D_i), between 0 and the sample size.</param>
    /// <param name="sizes">Items inspected per sample (n_i), positive.</param>
    /// <param name="options">Phases, exclusions, stages, known p0, limit width and rules; a known Sigma is rejected.</param>
    /// <exception cref="ArgumentException">Empty or mismatched input, a count outside 0..n_i, a known Sigma, or a stage without estimation samples.</exception>
    public static ControlChart Build(IReadOnlyList<double> counts, IReadOnlyList<double> sizes, ControlChartOptions? options = null) =>
        AttributeChartBuilder.Build(new ProportionModel(AsCount: false), counts, sizes, options);
}
