using CustomerComms.Analytics.Constants;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// The input of the time-weighted charts (EWMA, CUSUM): one mean per point with its subgroup size, the layout, and
/// the centre and σ of one observation per stage.
/// </summary>
internal sealed record MeanSeries(double[] Means, int[] Sizes, ChartLayout Layout, ChartStage[] Stages, string SigmaConvention)
{
    public static MeanSeries FromValues(IReadOnlyList<double> values, ControlChartOptions options)
    {
        double[] x = ChartInput.Finite(values, nameof(values));
        ChartInput.KnownSigma(options);
        var layout = ChartLayout.Create(x.Length, options, options.Center is not null && options.Sigma is not null);
        double d2 = ControlChartConstants.RangeMean(2, options.Convention);
        ChartStage[] stages = StageEstimator.Individuals(x, layout, options, d2);
        string convention = options.Sigma is null
            ? FormattableString.Invariant($"σ = MR̄/d2(2), d2(2) = {d2}")
            : "σ given";
        return new MeanSeries(x, [.. Enumerable.Repeat(1, x.Length)], layout, stages, convention);
    }

    public static MeanSeries FromSubgroups(IReadOnlyList<IReadOnlyList<double>> subgroups, ControlChartOptions options)
    {
        var stats = SubgroupStatistics.Of(subgroups, ControlChartConstants.MinimumSubgroupSize, ControlChartConstants.MaximumSubgroupSize);
        ChartInput.KnownSigma(options);
        var layout = ChartLayout.Create(stats.Count, options, options.Center is not null && options.Sigma is not null);
        ConstantsConvention convention = options.Convention;
        ChartStage[] stages = StageEstimator.Subgroups(stats, stats.Ranges, size => ControlChartConstants.RangeMean(size, convention), layout, options);
        string note = options.Sigma is null
            ? $"σ = mean(R_i/d2(n_i)) ({(convention == ConstantsConvention.Exact ? "exact d2" : "three-decimal d2 table")})"
            : "σ given";
        return new MeanSeries(stats.Means, stats.Sizes, layout, stages, note);
    }
}
