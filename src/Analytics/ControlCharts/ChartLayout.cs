namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// Splits a chart's points into stages, and each stage into its estimation points (phase I, not excluded) and the
/// rest; validates the options against the number of points. Per-point facts are precomputed once, so charts of a
/// million points pay no lookups per point.
/// </summary>
internal sealed class ChartLayout
{
    private readonly int[] _stageStarts;
    private readonly int[] _stages;
    private readonly bool[] _phaseOne;
    private readonly bool[] _excluded;

    private ChartLayout(int[] stageStarts, int[] stages, bool[] phaseOne, bool[] excluded, bool standardsKnown)
    {
        _stageStarts = stageStarts;
        _stages = stages;
        _phaseOne = phaseOne;
        _excluded = excluded;
        StandardsKnown = standardsKnown;
    }

    public int Count => _stages.Length;

    public bool StandardsKnown { get; }

    public int StageCount => _stageStarts.Length;

    public static ChartLayout Create(int count, ControlChartOptions options, bool standardsKnown)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (count == 0)
        {
            throw new ArgumentException("A control chart needs at least one point.", nameof(count));
        }

        if (options.PhaseOneCount is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "PhaseOneCount must be at least 1.");
        }

        if (!double.IsFinite(options.LimitWidth) || options.LimitWidth <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "LimitWidth must be a positive finite number.");
        }

        var starts = new List<int> { 0 };
        foreach (int start in options.StageStarts)
        {
            if (start <= starts[^1] || start >= count)
            {
                throw new ArgumentException("Stage starts must increase strictly and lie between 1 and the last index.", nameof(options));
            }

            starts.Add(start);
        }

        var excluded = new bool[count];
        foreach (int index in options.Excluded)
        {
            if (index < 0 || index >= count)
            {
                throw new ArgumentOutOfRangeException(nameof(options), $"Excluded index {index} is outside 0..{count - 1}.");
            }

            excluded[index] = true;
        }

        var stages = new int[count];
        var phaseOne = new bool[count];
        int phaseOneCount = options.PhaseOneCount ?? int.MaxValue;
        for (int s = 0; s < starts.Count; s++)
        {
            int length = (s + 1 < starts.Count ? starts[s + 1] : count) - starts[s];
            stages.AsSpan(starts[s], length).Fill(s);
            phaseOne.AsSpan(starts[s], Math.Min(length, phaseOneCount)).Fill(true);
        }

        return new ChartLayout([.. starts], stages, phaseOne, excluded, standardsKnown);
    }

    public int StageStart(int stage) => _stageStarts[stage];

    public int StageEnd(int stage) => stage + 1 < _stageStarts.Length ? _stageStarts[stage + 1] : Count;

    public bool IsEstimationPoint(int index) => _phaseOne[index] & !_excluded[index];

    /// <summary>The estimation points of a stage, in order.</summary>
    public List<int> EstimationPoints(int stage)
    {
        var points = new List<int>();
        for (int i = StageStart(stage); i < StageEnd(stage); i++)
        {
            if (IsEstimationPoint(i))
            {
                points.Add(i);
            }
        }

        return points;
    }

    /// <summary>The frame of every point.</summary>
    public ChartFrame Frame() => new(_stages, _phaseOne, StandardsKnown, _excluded, firstOfStageSkipped: false);

    /// <summary>
    /// The frame of every point except the first of each stage (moving-range charts); a point counts as excluded
    /// when either of its two observations is.
    /// </summary>
    public ChartFrame MovingRangeFrame()
    {
        int n = Count - StageCount;
        var stages = new int[n];
        var phaseOne = new bool[n];
        var excluded = new bool[n];
        for (int s = 0; s < StageCount; s++)
        {
            // Stage s loses its first point, so its moving ranges start s + 1 positions before its observations.
            int first = StageStart(s) + 1;
            int length = StageEnd(s) - first;
            int p = first - (s + 1);
            stages.AsSpan(p, length).Fill(s);
            _phaseOne.AsSpan(first, length).CopyTo(phaseOne.AsSpan(p, length));
            for (int i = first; i < first + length; i++)
            {
                excluded[i - (s + 1)] = _excluded[i] | _excluded[i - 1];
            }
        }

        return new ChartFrame(stages, phaseOne, StandardsKnown, excluded, firstOfStageSkipped: true);
    }
}
