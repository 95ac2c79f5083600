namespace CustomerComms.Analytics.ControlCharts;

/// <summary>One stage of a chart: a block of consecutive points with its own centre and σ.</summary>
/// <param name="Start">0-based index of the first point of the stage.</param>
/// <param name="Length">Number of points in the stage.</param>
/// <param name="EstimationCount">
/// Points the centre and σ were estimated from (phase-I points that are not excluded); 0 when both were given as standards.
/// </param>
/// <param name="Center">
/// The centre of the stage: the process mean for individuals, X̄, EWMA and CUSUM; p̄ for p and np; c̄ for c; ū for u;
/// for moving-range, R and S charts the centre line of the dispersion statistic (at the size of the stage's first subgroup).
/// </param>
/// <param name="Sigma">The process σ of the stage, in the units documented on <see cref="ControlChart.Sigma"/>.</param>
public sealed record ChartStage(int Start, int Length, int EstimationCount, double Center, double Sigma);
