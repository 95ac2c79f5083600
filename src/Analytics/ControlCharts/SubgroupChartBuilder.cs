namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// The machinery shared by X̄-R and X̄-S: σ estimated as the mean of dispersion_i / mean-factor(n_i) over the
/// estimation subgroups, X̄ limits centre ± L·σ/√n_i, dispersion centre mean-factor(n_i)·σ and limits
/// ± L·sd-factor(n_i)·σ floored at 0.
/// </summary>
internal sealed record SubgroupChartBuilder(
    ControlChartKind MeanKind,
    ControlChartKind DispersionKind,
    Func<int, double> DispersionMeanFactor,
    Func<int, double> DispersionSdFactor,
    string Conventions)
{
    public ControlChart Build(SubgroupStatistics stats, double[] dispersion, ControlChartOptions options)
    {
        ChartInput.KnownSigma(options);
        var layout = ChartLayout.Create(stats.Count, options, options.Center is not null && options.Sigma is not null);
        ChartStage[] stages = StageEstimator.Subgroups(stats, dispersion, DispersionMeanFactor, layout, options);
        ChartFrame frame = layout.Frame();
        int n = stats.Count;
        var meanCenters = new double[n];
        var meanSigmas = new double[n];
        var dispersionCenters = new double[n];
        var dispersionSigmas = new double[n];
        for (int i = 0; i < n; i++)
        {
            ChartStage stage = stages[frame.Stage(i)];
            int size = stats.Sizes[i];
            meanCenters[i] = stage.Center;
            meanSigmas[i] = stage.Sigma / Math.Sqrt(size);
            dispersionCenters[i] = DispersionMeanFactor(size) * stage.Sigma;
            dispersionSigmas[i] = DispersionSdFactor(size) * stage.Sigma;
        }

        ChartPointList meanPoints = ChartPoints.Build(frame, stats.Means, meanCenters, meanSigmas, options.LimitWidth, floorAtZero: false, options.RunRules);
        ChartPointList dispersionPoints = ChartPoints.Build(frame, dispersion, dispersionCenters, dispersionSigmas, options.LimitWidth, floorAtZero: true, options.RunRules);
        ChartStage last = stages[^1];
        var dispersionStages = stages
            .Select(stage => stage with { Center = DispersionMeanFactor(stats.Sizes[stage.Start]) * stage.Sigma })
            .ToArray();
        string conventions = FormattableString.Invariant($"{Conventions} Limits use L = {options.LimitWidth}.");
        return new ControlChart(MeanKind, last.Center, last.Sigma, meanPoints, stages, conventions)
        {
            RangeChart = new ControlChart(DispersionKind, dispersionStages[^1].Center, last.Sigma, dispersionPoints, dispersionStages, conventions),
        };
    }
}
