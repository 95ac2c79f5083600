namespace CustomerComms.Analytics.ControlCharts;

/// <summary>Estimation per stage and point judgement shared by the p, np, c and u charts.</summary>
internal static class AttributeChartBuilder
{
    public static ControlChart Build(AttributeModel model, IReadOnlyList<double> counts, IReadOnlyList<double>? sizes, ControlChartOptions? options)
    {
        options ??= ControlChartOptions.Default;
        double[] x = ChartInput.Finite(counts, nameof(counts));
        double[] n = sizes is null ? [.. Enumerable.Repeat(1.0, x.Length)] : ChartInput.Sizes(sizes, x.Length, nameof(sizes));
        for (int i = 0; i < x.Length; i++)
        {
            model.Validate(x[i], n[i], i);
        }

        ChartInput.NoSigmaForAttributes(options);
        ChartInput.KnownSigma(options);
        if (options.Center is double known)
        {
            model.ValidateCenter(known);
        }

        var layout = ChartLayout.Create(x.Length, options, options.Center is not null);
        var stages = new ChartStage[layout.StageCount];
        for (int s = 0; s < layout.StageCount; s++)
        {
            List<int> estimation = layout.EstimationPoints(s);
            int start = layout.StageStart(s);
            int end = layout.StageEnd(s);
            double theta;
            double meanSize;
            if (options.Center is double center)
            {
                theta = center;
                meanSize = n[start..end].Average();
            }
            else if (estimation.Count == 0)
            {
                throw ChartInput.NoEstimationPoints(s);
            }
            else
            {
                double countSum = estimation.Sum(i => x[i]);
                double sizeSum = estimation.Sum(i => n[i]);
                theta = countSum / sizeSum;
                meanSize = sizeSum / estimation.Count;
            }

            stages[s] = new ChartStage(start, end - start, layout.StandardsKnown ? 0 : estimation.Count, theta, model.HeaderSigma(theta, meanSize));
        }

        ChartFrame frame = layout.Frame();
        var values = new double[x.Length];
        var centers = new double[x.Length];
        var sigmas = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            double theta = stages[frame.Stage(i)].Center;
            values[i] = model.Statistic(x[i], n[i]);
            centers[i] = model.Center(theta, n[i]);
            sigmas[i] = model.Sigma(theta, n[i]);
        }

        ChartPointList points = ChartPoints.Build(frame, values, centers, sigmas, options.LimitWidth, floorAtZero: true, options.RunRules);
        ChartStage last = stages[^1];
        return new ControlChart(
            model.Kind,
            last.Center,
            last.Sigma,
            points,
            stages,
            FormattableString.Invariant($"{model.Conventions} L = {options.LimitWidth}."));
    }
}
