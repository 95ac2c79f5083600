namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// Splits a chart's points into stages, and each stage into its estimation points (phase I, not excluded) and the
/// rest; validates the options against the number of points.
/// </summary>
internal sealed class ChartLayout
{
    private readonly int[] _stageStarts;
    private readonly HashSet<int> _excluded;
    private readonly int? _phaseOneCount;

    private ChartLayout(int count, int[] stageStarts, HashSet<int> excluded, int? phaseOneCount, bool standardsKnown)
    {
        Count = count;
        _stageStarts = stageStarts;
        _excluded = excluded;
        _phaseOneCount = phaseOneCount;
        StandardsKnown = standardsKnown;
    }

    public int Count { get; }

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

        var excluded = new HashSet<int>();
        foreach (int index in options.Excluded)
        {
            if (index < 0 || index >= count)
            {
                throw new ArgumentOutOfRangeException(nameof(options), $"Excluded index {index} is outside 0..{count - 1}.");
            }

            excluded.Add(index);
        }

        return new ChartLayout(count, [.. starts], excluded, options.PhaseOneCount, standardsKnown);
    }

    public int StageStart(int stage) => _stageStarts[stage];

    public int StageEnd(int stage) => stage + 1 < _stageStarts.Length ? _stageStarts[stage + 1] : Count;

    public int StageOf(int index)
    {
        int stage = Array.BinarySearch(_stageStarts, index);
        return stage >= 0 ? stage : ~stage - 1;
    }

    public bool IsExcluded(int index) => _excluded.Contains(index);

    public bool IsPhaseOne(int index) =>
        _phaseOneCount is not int k || index - _stageStarts[StageOf(index)] < k;

    public bool IsPhaseTwo(int index) => StandardsKnown || !IsPhaseOne(index);

    public bool IsEstimationPoint(int index) => IsPhaseOne(index) && !IsExcluded(index);

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
    public ChartFrame Frame()
    {
        var indices = new int[Count];
        for (int i = 0; i < Count; i++)
        {
            indices[i] = i;
        }

        return FrameOf(indices);
    }

    /// <summary>The frame of every point except the first of each stage (moving-range charts).</summary>
    public ChartFrame FrameWithoutStageFirstPoints()
    {
        var indices = new List<int>(Count);
        for (int i = 0; i < Count; i++)
        {
            if (Array.BinarySearch(_stageStarts, i) < 0)
            {
                indices.Add(i);
            }
        }

        return FrameOf([.. indices]);
    }

    private ChartFrame FrameOf(int[] indices)
    {
        var stages = new int[indices.Length];
        var phaseTwo = new bool[indices.Length];
        var excluded = new bool[indices.Length];
        for (int p = 0; p < indices.Length; p++)
        {
            int i = indices[p];
            stages[p] = StageOf(i);
            phaseTwo[p] = IsPhaseTwo(i);
            excluded[p] = IsExcluded(i);
        }

        return new ChartFrame(indices, stages, phaseTwo, excluded);
    }
}
