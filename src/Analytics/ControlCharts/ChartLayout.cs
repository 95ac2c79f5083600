namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// Splits a chart's points into stages, and each stage into its estimation points (phase I, not excluded) and the
/// rest; validates the options against the number of points. Stages and phases are kept as ranges and exclusions
/// only when there are some, so a chart of a million points costs no per-point columns.
/// </summary>
internal sealed class ChartLayout
{
    private readonly int[] _stageStarts;
    private readonly int[] _phaseOneEnds;
    private readonly bool[]? _excluded;

    private ChartLayout(int count, int[] stageStarts, int[] phaseOneEnds, bool[]? excluded, bool standardsKnown)
    {
        Count = count;
        _stageStarts = stageStarts;
        _phaseOneEnds = phaseOneEnds;
        _excluded = excluded;
        StandardsKnown = standardsKnown;
    }

    public int Count { get; }

    public bool StandardsKnown { get; }

    public int StageCount => _stageStarts.Length;

    /// <summary>Whether any point is excluded.</summary>
    public bool HasExclusions => _excluded is not null;

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

        bool[]? excluded = null;
        foreach (int index in options.Excluded)
        {
            if (index < 0 || index >= count)
            {
                throw new ArgumentOutOfRangeException(nameof(options), $"Excluded index {index} is outside 0..{count - 1}.");
            }

            excluded ??= new bool[count];
            excluded[index] = true;
        }

        var phaseOneEnds = new int[starts.Count];
        int phaseOneCount = options.PhaseOneCount ?? int.MaxValue;
        for (int s = 0; s < starts.Count; s++)
        {
            int length = (s + 1 < starts.Count ? starts[s + 1] : count) - starts[s];
            phaseOneEnds[s] = starts[s] + Math.Min(length, phaseOneCount);
        }

        return new ChartLayout(count, [.. starts], phaseOneEnds, excluded, standardsKnown);
    }

    public int StageStart(int stage) => _stageStarts[stage];

    public int StageEnd(int stage) => stage + 1 < _stageStarts.Length ? _stageStarts[stage + 1] : Count;

    /// <summary>The first index after the estimation window (phase I) of a stage.</summary>
    public int PhaseOneEnd(int stage) => _phaseOneEnds[stage];

    public bool IsExcluded(int index) => _excluded?[index] ?? false;

    /// <summary>The estimation points of a stage, in order.</summary>
    public List<int> EstimationPoints(int stage)
    {
        var points = new List<int>();
        for (int i = StageStart(stage); i < PhaseOneEnd(stage); i++)
        {
            if (!IsExcluded(i))
            {
                points.Add(i);
            }
        }

        return points;
    }

    /// <summary>The frame of every point.</summary>
    public ChartFrame Frame() => new(Count, _stageStarts, _phaseOneEnds, StandardsKnown, _excluded, firstOfStageSkipped: false);

    /// <summary>
    /// The frame of every point except the first of each stage (moving-range charts); a point counts as excluded
    /// when either of its two observations is.
    /// </summary>
    public ChartFrame MovingRangeFrame()
    {
        // Stage s loses its first point, so its moving ranges start s positions before its observations.
        var starts = new int[StageCount];
        for (int s = 0; s < StageCount; s++)
        {
            starts[s] = StageStart(s) - s;
        }

        return new ChartFrame(Count - StageCount, starts, _phaseOneEnds, StandardsKnown, _excluded, firstOfStageSkipped: true);
    }
}
