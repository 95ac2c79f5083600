using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>Turns per-point statistics and limits into judged points: limits, beyond-limit flags and run rules per stage.</summary>
internal static class ChartPoints
{
    /// <param name="frame">Which input points are plotted, with stage and phase.</param>
    /// <param name="values">Plotted statistic per plotted point.</param>
    /// <param name="centers">Centre line per plotted point.</param>
    /// <param name="sigmas">σ of the statistic per plotted point.</param>
    /// <param name="limitWidth">L: limits are centre ± L·σ.</param>
    /// <param name="floorAtZero">Floor the lower limit at 0 (R, S, p, np, c, u).</param>
    /// <param name="rules">Run rules to check within each stage.</param>
    public static ChartPointList Build(
        ChartFrame frame,
        double[] values,
        double[] centers,
        double[] sigmas,
        double limitWidth,
        bool floorAtZero,
        RunRuleSettings rules,
        double[]? observations = null)
    {
        int n = frame.Count;
        var lower = new double[n];
        var upper = new double[n];
        for (int p = 0; p < n; p++)
        {
            double halfWidth = limitWidth * sigmas[p];
            lower[p] = floorAtZero ? Math.Max(0, centers[p] - halfWidth) : centers[p] - halfWidth;
            upper[p] = centers[p] + halfWidth;
        }

        return Build(frame, values, centers, sigmas, lower, upper, rules, observations);
    }

    /// <summary>As the other overload, with the limits given.</summary>
    public static ChartPointList Build(
        ChartFrame frame,
        double[] values,
        double[] centers,
        double[] sigmas,
        double[] lower,
        double[] upper,
        RunRuleSettings rules,
        double[]? observations = null)
    {
        int n = frame.Count;
        var masks = new int[n];
        int segmentStart = 0;
        for (int p = 1; p <= n; p++)
        {
            if (p == n || frame.Stages[p] != frame.Stages[segmentStart])
            {
                int length = p - segmentStart;
                RunRuleEvaluator.Evaluate(
                    values.AsSpan(segmentStart, length),
                    centers.AsSpan(segmentStart, length),
                    sigmas.AsSpan(segmentStart, length),
                    lower.AsSpan(segmentStart, length),
                    upper.AsSpan(segmentStart, length),
                    rules,
                    masks.AsSpan(segmentStart, length));
                segmentStart = p;
            }
        }

        return new ChartPointList(frame, values, centers, lower, upper, sigmas, masks, observations);
    }
}
