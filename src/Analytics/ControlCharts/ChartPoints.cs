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

    /// <summary>
    /// The moving-range chart of <paramref name="observations"/>, with centre and σ constant within each stage. The
    /// moving ranges are judged a block at a time from a small buffer and read from the observations afterwards, so
    /// they are never stored.
    /// </summary>
    public static ChartPointList BuildMovingRanges(
        ChartFrame frame,
        double[] observations,
        double[] stageCenters,
        double[] stageSigmas,
        double limitWidth,
        RunRuleSettings rules)
    {
        (double[] lower, double[] upper) = Limits(stageCenters, stageSigmas, limitWidth, floorAtZero: true);
        var masks = new ViolationMasks();

        // A block is whole 64-point words (the patterns carry their state word to word), plus the moving range
        // before it, so that the direction of the block's first point is judged.
        const int BlockSize = 4096;
        Span<double> block = stackalloc double[BlockSize + 1];
        for (int s = 0; s < frame.StageCount; s++)
        {
            (int start, int length) = frame.Segment(s);
            if (length == 0)
            {
                continue;
            }

            RunPatterns patterns = RunRuleEvaluator.Patterns(rules, stageSigmas.AsSpan(s, 1));
            int firstObservation = frame.Index(start);
            for (int done = 0; done < length; done += BlockSize)
            {
                int lead = done > 0 ? 1 : 0;
                int count = Math.Min(BlockSize, length - done) + lead;
                int from = firstObservation + done - lead;
                for (int k = 0; k < count; k++)
                {
                    block[k] = Math.Abs(observations[from + k] - observations[from + k - 1]);
                }

                patterns.Scan(
                    block[..count],
                    lead,
                    stageCenters.AsSpan(s, 1),
                    stageSigmas.AsSpan(s, 1),
                    lower.AsSpan(s, 1),
                    upper.AsSpan(s, 1),
                    masks,
                    start + done);
            }
        }

        return new ChartPointList(frame, new MovingRangeValues(observations, frame), stageCenters, lower, upper, stageSigmas, masks, observations: null, perStage: true);
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
