namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The exponentially weighted moving average chart with time-varying limits.</summary>
/// <remarks>
/// z_0 = μ0 (the stage centre), z_i = λ·x̄_i + (1 − λ)·z_(i−1), restarting at each stage, i counted from the stage start.
/// σ_z,i = (σ/√n_i)·√(λ/(2 − λ)·(1 − (1 − λ)^(2i))); limits μ0 ± L·σ_z,i (the exact, time-varying form, which tends to
/// the asymptotic limits). Centre and σ are estimated as for the individuals chart (MR̄/d2(2)) from single values, or as
/// for the X̄-R chart (mean R_i/d2(n_i)) from subgroups, unless given. The plotted <see cref="ControlChartPoint.Value"/> is
/// z_i and <see cref="ControlChartPoint.Observation"/> is x̄_i. Run rules other than rule 1 are checked on z_i if selected,
/// but the EWMA is autocorrelated, so they fire more often than on a Shewhart chart.
/// </remarks>
public static class EwmaChart
{
    /// <summary>Builds the chart from single observations.</summary>
    /// <param name="values">One observation per point, in time order.</param>
    /// <param name="lambda">Smoothing weight λ in (0, 1]; default 0.2 (λ = 1 gives the individuals chart).</param>
    /// <param name="options">Phases, exclusions, stages, known μ0 and σ, limit width L (default 3), rules and constants.</param>
    /// <exception cref="ArgumentException">Empty or non-finite input, λ outside (0, 1], or σ not estimable.</exception>
    public static ControlChart Build(IReadOnlyList<double> values, double lambda = 0.2, ControlChartOptions? options = null)
    {
        options ??= ControlChartOptions.Default;
        return Build(MeanSeries.FromValues(values, options), lambda, options);
    }

    /// <summary>Builds the chart from subgroup means (subgroups of 2 to 25 observations).</summary>
    /// <param name="subgroups">Observations of each subgroup, in time order.</param>
    /// <param name="lambda">Smoothing weight λ in (0, 1]; default 0.2.</param>
    /// <param name="options">Phases, exclusions, stages, known μ0 and σ of one observation, limit width, rules and constants.</param>
    /// <exception cref="ArgumentException">Empty or non-finite input, a subgroup of the wrong size, λ outside (0, 1].</exception>
    public static ControlChart BuildFromSubgroups(IReadOnlyList<IReadOnlyList<double>> subgroups, double lambda = 0.2, ControlChartOptions? options = null)
    {
        options ??= ControlChartOptions.Default;
        return Build(MeanSeries.FromSubgroups(subgroups, options), lambda, options);
    }

    private static ControlChart Build(MeanSeries series, double lambda, ControlChartOptions options)
    {
        if (!(lambda > 0 && lambda <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(lambda), "λ must lie in (0, 1].");
        }

        ChartFrame frame = series.Layout.Frame();
        int n = series.Means.Length;
        var z = new double[n];
        var centers = new double[n];
        var sigmas = new double[n];
        double previous = 0;
        for (int i = 0; i < n; i++)
        {
            ChartStage stage = series.Stages[frame.Stage(i)];
            int step = i - stage.Start + 1;
            if (step == 1)
            {
                previous = stage.Center;
            }

            z[i] = (lambda * series.Means[i]) + ((1 - lambda) * previous);
            previous = z[i];
            centers[i] = stage.Center;
            double decay = 1 - Math.Pow(1 - lambda, 2 * step);
            sigmas[i] = stage.Sigma / Math.Sqrt(series.Sizes[i]) * Math.Sqrt(lambda / (2 - lambda) * decay);
        }

        ChartPointList points = ChartPoints.Build(frame, z, centers, sigmas, options.LimitWidth, floorAtZero: false, options.RunRules, series.Means);

        ChartStage last = series.Stages[^1];
        return new ControlChart(
            ControlChartKind.Ewma,
            last.Center,
            last.Sigma,
            points,
            series.Stages,
            FormattableString.Invariant($"EWMA: λ = {lambda}, z_0 = centre; {series.SigmaConvention}; exact time-varying limits centre ± {options.LimitWidth}·σ_z,i."));
    }
}
