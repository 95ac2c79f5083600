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
            double sum = 0;
            int count = 0;
            int end = layout.StageEnd(s);
            for (int i = layout.StageStart(s); i < end; i++)
            {
                if (layout.IsEstimationPoint(i))
                {
                    sum += x[i];
                    count++;
                }
            }

            if (count == 0 && !layout.StandardsKnown)
            {
                throw ChartInput.NoEstimationPoints(s);
            }

            double center = options.Center ?? sum / count;
            double sigma = options.Sigma ?? MovingRangeMean(x, layout, s) / d2;
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

    private static double MovingRangeMean(double[] x, ChartLayout layout, int stage)
    {
        double sum = 0;
        int count = 0;
        int end = layout.StageEnd(stage);
        for (int i = layout.StageStart(stage) + 1; i < end; i++)
        {
            if (layout.IsEstimationPoint(i) & layout.IsEstimationPoint(i - 1))
            {
                sum += Math.Abs(x[i] - x[i - 1]);
                count++;
            }
        }

        if (count == 0)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"Stage {stage} has no two consecutive estimation points to estimate σ from moving ranges; give a known Sigma."),
                "values");
        }

        return sum / count;
    }
}
