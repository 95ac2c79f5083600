namespace CustomerComms.Analytics.ControlCharts;

/// <summary>Per plotted point: its input index (identity when <paramref name="indices"/> is null), stage and phase.</summary>
internal sealed class ChartFrame(int[]? indices, int[] stages, bool[] phaseOne, bool standardsKnown, bool[] excluded)
{
    public int Count => stages.Length;

    public int[] Stages => stages;

    public int Index(int position) => indices is null ? position : indices[position];

    public bool PhaseTwo(int position) => standardsKnown || !phaseOne[position];

    public bool Excluded(int position) => excluded[position];
}
