namespace CustomerComms.Analytics.ControlCharts;

/// <summary>A computed control chart. Immutable; never contains NaN or infinity.</summary>
/// <param name="Kind">The chart kind.</param>
/// <param name="Center">The process centre of the last stage (see <see cref="ChartStage.Center"/>).</param>
/// <param name="Sigma">
/// The process σ of the last stage: for variables charts σ of one observation; for p, σ = √(p̄(1−p̄)) of one unit;
/// for np, √(n̄·p̄(1−p̄)) at the mean sample size of the estimation points; for c, √c̄; for u, √ū of one unit;
/// for EWMA and CUSUM, σ of one observation (the CUSUM sums themselves are in σ units of the plotted mean).
/// </param>
/// <param name="Points">Every input point in input order, including excluded ones.</param>
/// <param name="Stages">The stages in order; a single stage unless stage starts were given.</param>
/// <param name="Conventions">The estimators and constants used, in words.</param>
public sealed record ControlChart(
    ControlChartKind Kind,
    double Center,
    double Sigma,
    IReadOnlyList<ControlChartPoint> Points,
    IReadOnlyList<ChartStage> Stages,
    string Conventions)
{
    /// <summary>The companion dispersion chart: moving range for XmR, R for X̄-R, S for X̄-S; otherwise null.</summary>
    public ControlChart? RangeChart { get; init; }
}
