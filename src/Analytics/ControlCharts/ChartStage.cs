namespace CustomerComms.Analytics.ControlCharts;

/// <summary>One stage of a chart: a block of consecutive points with its own centre and σ.</summary>
/// <param name="Start">0-based index of the first point of the stage.</param>
/// <param name="Length">Number of points in the stage.</param>
/// <param name="EstimationCount">
/// Points the centre and σ were estimated from (phase-I points that are not excluded); 0 when both were given as standards.
/// </param>
/// <param name="Center">The process centre of the stage (for p/np: p̄; for c: c̄; for u: ū; for R/S charts: the mean's centre).</param>
/// <param name="Sigma">The process σ of the stage, in the units documented on <see cref="ControlChart.Sigma"/>.</param>
public sealed record ChartStage(int Start, int Length, int EstimationCount, double Center, double Sigma);
