namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The np chart: number nonconforming per sample.</summary>
/// <remarks>
/// Per stage: p̄ = ΣD_i/Σn_i over the estimation samples (or a known p0); each point is D_i with centre n_i·p̄ and limits
/// n_i·p̄ ± L·√(n_i·p̄(1−p̄)), the lower limit floored at 0. Meant for constant sample sizes; varying sizes give varying
/// centre lines. <see cref="ControlChart.Center"/> is p̄; <see cref="ControlChart.Sigma"/> is √(n̄·p̄(1−p̄)) at the mean
/// sample size n̄ of the estimation samples.
/// </remarks>
public static class NpChart
{
    /// <summary>Builds the chart.</summary>
    /// <param name="counts">Nonconforming items per sample (D_i), between 0 and the sample size.</param>
    /// <param name="sizes">Items inspected per sample (n_i), positive.</param>
    /// <param name="options">Phases, exclusions, stages, known p0, limit width and rules; a known Sigma is rejected.</param>
    /// <exception cref="ArgumentException">Empty or mismatched input, a count outside 0..n_i, a known Sigma, or a stage without estimation samples.</exception>
    public static ControlChart Build(IReadOnlyList<double> counts, IReadOnlyList<double> sizes, ControlChartOptions? options = null) =>
        AttributeChartBuilder.Build(new ProportionModel(AsCount: true), counts, sizes, options);
}
