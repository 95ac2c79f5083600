namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The c chart: nonconformities (defects) per sample of constant area of opportunity.</summary>
/// <remarks>
/// Per stage: c̄ = mean count over the estimation samples (or a known c0); limits c̄ ± L·√c̄, the lower floored at 0.
/// <see cref="ControlChart.Sigma"/> is √c̄. All-zero counts give c̄ = 0 and zero-width limits at 0.
/// </remarks>
public static class CChart
{
    /// <summary>Builds the chart.</summary>
    /// <param name="counts">Nonconformities per sample, non-negative.</param>
    /// <param name="options">Phases, exclusions, stages, known c0, limit width and rules; a known Sigma is rejected.</param>
    /// <exception cref="ArgumentException">Empty input, a negative count, a known Sigma, or a stage without estimation samples.</exception>
    public static ControlChart Build(IReadOnlyList<double> counts, ControlChartOptions? options = null) =>
        AttributeChartBuilder.Build(new RateModel(PerUnit: false), counts, sizes: null, options);
}
