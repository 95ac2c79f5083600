namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The tabular (two-sided) CUSUM chart in standardized form.</summary>
/// <remarks>
/// y_i = (x̄_i − μ0)/(σ/√n_i); C⁺_i = max(0, C⁺_(i−1) + y_i − k), C⁻_i = max(0, C⁻_(i−1) − y_i − k), both starting at 0
/// at each stage and not reset after a signal. A point signals when C⁺ or C⁻ is strictly greater than h. In raw units
/// (Montgomery's K = kσ, H = hσ for individuals) the sums are these values times σ/√n_i.
/// <see cref="ControlChartPoint.Value"/> is y_i, with centre 0, σ 1 and limits ∓h; <see cref="ControlChartPoint.Cusum"/>
/// holds the sums and run lengths, and <see cref="ControlChartPoint.BeyondLimits"/> is the signal. Run rules do not
/// apply to CUSUM sums, so <see cref="ControlChartPoint.Violations"/> is always empty.
/// </remarks>
public static class CusumChart
{
    /// <summary>Builds the chart from single observations.</summary>
    /// <param name="values">One observation per point, in time order.</param>
    /// <param name="k">Reference value (allowance) in σ units, at least 0; default 0.5 (detects a 1σ shift).</param>
    /// <param name="h">Decision interval in σ units, positive; default 5.</param>
    /// <param name="options">Phases, exclusions, stages, known μ0 and σ, and constants; limit width and rules are not used.</param>
    /// <exception cref="ArgumentException">Empty or non-finite input, k or h out of range, or σ not estimable.</exception>
    public static ControlChart Build(IReadOnlyList<double> values, double k = 0.5, double h = 5, ControlChartOptions? options = null)
    {
        options ??= ControlChartOptions.Default;
        return Build(MeanSeries.FromValues(values, options), k, h);
    }

    /// <summary>Builds the chart from subgroup means (subgroups of 2 to 25 observations).</summary>
    /// <param name="subgroups">Observations of each subgroup, in time order.</param>
    /// <param name="k">Reference value in σ units of the mean; default 0.5.</param>
    /// <param name="h">Decision interval in σ units of the mean; default 5.</param>
    /// <param name="options">Phases, exclusions, stages, known μ0 and σ of one observation, and constants.</param>
    /// <exception cref="ArgumentException">Empty or non-finite input, a subgroup of the wrong size, k or h out of range.</exception>
    public static ControlChart BuildFromSubgroups(IReadOnlyList<IReadOnlyList<double>> subgroups, double k = 0.5, double h = 5, ControlChartOptions? options = null)
    {
        options ??= ControlChartOptions.Default;
        return Build(MeanSeries.FromSubgroups(subgroups, options), k, h);
    }

    private static ControlChart Build(MeanSeries series, double k, double h)
    {
        if (!double.IsFinite(k) || k < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(k), "k must be a finite number of at least 0.");
        }

        if (!double.IsFinite(h) || h <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(h), "h must be a positive finite number.");
        }

        if (series.Stages.Any(stage => stage.Sigma <= 0))
        {
            throw new ArgumentException("CUSUM needs σ > 0 to standardize; the estimate is 0 (constant data). Give a known Sigma.", "values");
        }

        ChartFrame frame = series.Layout.Frame();
        int n = series.Means.Length;
        var points = new ControlChartPoint[n];
        double upper = 0;
        double lower = 0;
        int upperRun = 0;
        int lowerRun = 0;
        for (int i = 0; i < n; i++)
        {
            ChartStage stage = series.Stages[frame.Stage(i)];
            if (i == stage.Start)
            {
                (upper, lower, upperRun, lowerRun) = (0, 0, 0, 0);
            }

            double y = (series.Means[i] - stage.Center) / (stage.Sigma / Math.Sqrt(series.Sizes[i]));
            upper = Math.Max(0, upper + y - k);
            lower = Math.Max(0, lower - y - k);
            upperRun = upper > 0 ? upperRun + 1 : 0;
            lowerRun = lower > 0 ? lowerRun + 1 : 0;
            var state = new CusumState(upper, lower, upperRun, lowerRun, upper > h, lower > h);
            points[i] = new ControlChartPoint(
                i, y, 0, -h, h, 1, state.UpperSignal || state.LowerSignal, [], frame.PhaseTwo(i), frame.Excluded(i), frame.Stage(i))
            {
                Observation = series.Means[i],
                Cusum = state,
            };
        }

        ChartStage last = series.Stages[^1];
        return new ControlChart(
            ControlChartKind.Cusum,
            last.Center,
            last.Sigma,
            points,
            series.Stages,
            FormattableString.Invariant($"Tabular CUSUM, standardized: y_i = (x̄_i − μ0)/(σ/√n_i), k = {k}, h = {h}, signal when a sum > h, no reset; {series.SigmaConvention}."));
    }
}
