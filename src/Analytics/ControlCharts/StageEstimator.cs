namespace CustomerComms.Analytics.ControlCharts;

/// <summary>Estimates the process centre and σ of one observation per stage, from the stage's estimation points.</summary>
internal static class StageEstimator
{
    /// <summary>Centre = mean of the estimation points; σ = MR̄/d2(2) over moving ranges of consecutive estimation points.</summary>
    public static ChartStage[] Individuals(double[] x, ChartLayout layout, ControlChartOptions options, double d2)
    {
        var stages = new ChartStage[layout.StageCount];
        for (int s = 0; s < layout.StageCount; s++)
        {
            (double sum, int count, double rangeSum, int rangeCount) = EstimationSums(x, layout, s);
            if (count == 0 && !layout.StandardsKnown)
            {
                throw ChartInput.NoEstimationPoints(s);
            }

            if (rangeCount == 0 && options.Sigma is null)
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"Stage {s} has no two consecutive estimation points to estimate σ from moving ranges; give a known Sigma."),
                    "values");
            }

            double center = options.Center ?? sum / count;
            double sigma = options.Sigma ?? rangeSum / rangeCount / d2;
            stages[s] = Stage(layout, s, count, center, sigma);
        }

        return stages;
    }

    /// <summary>Centre = size-weighted grand mean; σ = mean of dispersion_i / factor(n_i) over the estimation subgroups.</summary>
    public static ChartStage[] Subgroups(SubgroupStatistics stats, double[] dispersion, Func<int, double> factor, ChartLayout layout, ControlChartOptions options)
    {
        var stages = new ChartStage[layout.StageCount];
        for (int s = 0; s < layout.StageCount; s++)
        {
            List<int> estimation = layout.EstimationPoints(s);
            if (estimation.Count == 0 && !layout.StandardsKnown)
            {
                throw ChartInput.NoEstimationPoints(s);
            }

            double center = options.Center ?? (estimation.Sum(i => stats.Means[i] * stats.Sizes[i]) / estimation.Sum(i => stats.Sizes[i]));
            double sigma = options.Sigma ?? estimation.Average(i => dispersion[i] / factor(stats.Sizes[i]));
            stages[s] = Stage(layout, s, estimation.Count, center, sigma);
        }

        return stages;
    }

    private static ChartStage Stage(ChartLayout layout, int stage, int estimationCount, double center, double sigma)
    {
        int start = layout.StageStart(stage);
        return new ChartStage(start, layout.StageEnd(stage) - start, layout.StandardsKnown ? 0 : estimationCount, center, sigma);
    }

    /// <summary>
    /// The sum and count of a stage's estimation points, and of the moving ranges between consecutive ones, each
    /// summed in input order.
    /// </summary>
    private static (double Sum, int Count, double RangeSum, int RangeCount) EstimationSums(double[] x, ChartLayout layout, int stage)
    {
        int start = layout.StageStart(stage);
        int end = layout.PhaseOneEnd(stage);
        double sum = 0;
        double rangeSum = 0;
        if (!layout.HasExclusions)
        {
            // The estimation points are one range: both sums in one loop, without a test per point.
            sum += x[start];
            for (int i = start + 1; i < end; i++)
            {
                sum += x[i];
                rangeSum += Math.Abs(x[i] - x[i - 1]);
            }

            return (sum, end - start, rangeSum, end - start - 1);
        }

        int count = 0;
        int rangeCount = 0;
        for (int i = start; i < end; i++)
        {
            if (layout.IsExcluded(i))
            {
                continue;
            }

            sum += x[i];
            count++;
            if (i > start && !layout.IsExcluded(i - 1))
            {
                rangeSum += Math.Abs(x[i] - x[i - 1]);
                rangeCount++;
            }
        }

        return (sum, count, rangeSum, rangeCount);
    }
}
