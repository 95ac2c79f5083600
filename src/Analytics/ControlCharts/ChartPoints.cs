using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>Turns per-point statistics and limits into judged points: limits, beyond-limit flags and run rules per stage.</summary>
internal static class ChartPoints
{
    /// <summary>Points whose centre and σ vary from point to point (variable sample sizes, EWMA).</summary>
    /// <param name="frame">Which input points are plotted, with stage and phase.</param>
    /// <param name="values">Plotted statistic per plotted point.</param>
    /// <param name="centers">Centre line per plotted point.</param>
    /// <param name="sigmas">σ of the statistic per plotted point.</param>
    /// <param name="limitWidth">L: limits are centre ± L·σ.</param>
    /// <param name="floorAtZero">Floor the lower limit at 0 (R, S, p, np, c, u).</param>
    /// <param name="rules">Run rules to check within each stage.</param>
    /// <param name="observations">Raw observations behind the statistic (EWMA), or null.</param>
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
        (double[] lower, double[] upper) = Limits(centers, sigmas, limitWidth, floorAtZero);
        ViolationMasks masks = Judge(frame, values, centers, sigmas, lower, upper, perStage: false, rules);
        return new ChartPointList(frame, values, centers, lower, upper, sigmas, masks, observations, perStage: false);
    }

    /// <summary>Points whose centre and σ are constant within each stage: one entry per stage in the columns.</summary>
    public static ChartPointList BuildPerStage(
        ChartFrame frame,
        double[] values,
        double[] stageCenters,
        double[] stageSigmas,
        double limitWidth,
        bool floorAtZero,
        RunRuleSettings rules)
    {
        (double[] lower, double[] upper) = Limits(stageCenters, stageSigmas, limitWidth, floorAtZero);
        ViolationMasks masks = Judge(frame, values, stageCenters, stageSigmas, lower, upper, perStage: true, rules);
        return new ChartPointList(frame, values, stageCenters, lower, upper, stageSigmas, masks, observations: null, perStage: true);
    }

    private static (double[] Lower, double[] Upper) Limits(double[] centers, double[] sigmas, double limitWidth, bool floorAtZero)
    {
        var lower = new double[centers.Length];
        var upper = new double[centers.Length];
        for (int p = 0; p < centers.Length; p++)
        {
            double halfWidth = limitWidth * sigmas[p];
            lower[p] = floorAtZero ? Math.Max(0, centers[p] - halfWidth) : centers[p] - halfWidth;
            upper[p] = centers[p] + halfWidth;
        }

        return (lower, upper);
    }

    private static ViolationMasks Judge(
        ChartFrame frame,
        double[] values,
        double[] centers,
        double[] sigmas,
        double[] lower,
        double[] upper,
        bool perStage,
        RunRuleSettings rules)
    {
        var masks = new ViolationMasks();
        for (int s = 0; s < frame.StageCount; s++)
        {
            (int start, int length) = frame.Segment(s);
            if (length == 0)
            {
                continue;
            }

            // Per-stage columns are passed as one-element spans, which the evaluator broadcasts.
            (int from, int count) = perStage ? (s, 1) : (start, length);
            RunRuleEvaluator.Evaluate(
                values.AsSpan(start, length),
                centers.AsSpan(from, count),
                sigmas.AsSpan(from, count),
                lower.AsSpan(from, count),
                upper.AsSpan(from, count),
                rules,
                masks,
                start);
        }

        return masks;
    }
}
