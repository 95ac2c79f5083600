using CustomerComms.Analytics.Constants;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The XmR chart: individuals with the moving-range chart.</summary>
/// <remarks>
/// Per stage: centre = mean of the estimation points; σ = MR̄/d2(2), where MR̄ is the mean of the moving ranges
/// |x_i − x_(i−1)| whose two points are both estimation points (a moving range touching an excluded point is left out).
/// Individuals limits: centre ± L·σ. Moving-range chart: centre d2(2)·σ (= MR̄), limits d2(2)·σ ± L·d3(2)·σ with the
/// lower limit floored at 0 (= D3·MR̄ and D4·MR̄ when L = 3); the first point of each stage has no moving range.
/// With <see cref="ConstantsConvention.ThreeDecimalTable"/>, d2(2) = 1.128 and the limits are x̄ ± 2.659574·MR̄;
/// with exact constants d2(2) = 2/√π and x̄ ± 2.658681·MR̄.
/// Constant data give σ = 0: limits collapse onto the centre, and only a later point off the centre is beyond.
/// </remarks>
public static class IndividualsChart
{
    /// <summary>Builds the individuals chart, with the moving-range chart as <see cref="ControlChart.RangeChart"/>.</summary>
    /// <param name="values">One observation per point, in time order.</param>
    /// <param name="options">Phases, exclusions, stages, standards, limit width, rules and constants.</param>
    /// <exception cref="ArgumentException">
    /// No values, a non-finite value, or a stage without two consecutive estimation points when σ is not given.
    /// </exception>
    public static ControlChart Build(IReadOnlyList<double> values, ControlChartOptions? options = null)
    {
        options ??= ControlChartOptions.Default;
        double[] x = ChartInput.Finite(values, nameof(values));
        ChartInput.KnownSigma(options);
        var layout = ChartLayout.Create(x.Length, options, options.Center is not null && options.Sigma is not null);
        double d2 = ControlChartConstants.RangeMean(2, options.Convention);
        double d3 = ControlChartConstants.RangeStandardDeviation(2, options.Convention);

        ChartStage[] stages = StageEstimator.Individuals(x, layout, options, d2);
        ChartPointList points = ChartPoints.BuildPerStage(
            layout.Frame(),
            x,
            [.. stages.Select(s => s.Center)],
            [.. stages.Select(s => s.Sigma)],
            options.LimitWidth,
            floorAtZero: false,
            options.RunRules);
        string table = options.Convention == ConstantsConvention.Exact ? "exact d2(2) = 2/√π" : "d2(2) = 1.128 (three-decimal table)";
        ChartStage last = stages[^1];
        return new ControlChart(
            ControlChartKind.Individuals,
            last.Center,
            last.Sigma,
            points,
            stages,
            FormattableString.Invariant($"Individuals: centre = mean of estimation points; σ = MR̄/d2(2), {table}; MR over consecutive estimation points; limits centre ± {options.LimitWidth}σ."))
        {
            RangeChart = BuildMovingRange(x, layout, stages, d2, d3, options, table),
        };
    }

    private static ControlChart BuildMovingRange(double[] x, ChartLayout layout, ChartStage[] stages, double d2, double d3, ControlChartOptions options, string table)
    {
        var mrStages = new ChartStage[stages.Length];
        for (int s = 0; s < stages.Length; s++)
        {
            ChartStage stage = stages[s];
            mrStages[s] = stage with { Center = d2 * stage.Sigma, Sigma = stage.Sigma };
        }

        ChartPointList points = ChartPoints.BuildMovingRanges(
            layout.MovingRangeFrame(),
            x,
            [.. stages.Select(s => d2 * s.Sigma)],
            [.. stages.Select(s => d3 * s.Sigma)],
            options.LimitWidth,
            options.RunRules);
        ChartStage last = mrStages[^1];
        return new ControlChart(
            ControlChartKind.MovingRange,
            last.Center,
            last.Sigma,
            points,
            mrStages,
            FormattableString.Invariant($"Moving range: MR_i = |x_i − x_(i−1)|; centre d2(2)σ; limits d2(2)σ ± {options.LimitWidth}·d3(2)σ, lower floored at 0; {table}, d3(2) = {d3}."));
    }
}
