namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// Per plotted point: its input index, stage and phase. With <paramref name="firstOfStageSkipped"/> (moving ranges)
/// the first input point of every stage has no plotted point, so the point at position p of stage s is input p + s + 1.
/// </summary>
internal sealed class ChartFrame(int[] stages, bool[] phaseOne, bool standardsKnown, bool[] excluded, bool firstOfStageSkipped)
{
    public int Count => stages.Length;

    public int[] Stages => stages;

    public int Index(int position) => firstOfStageSkipped ? position + stages[position] + 1 : position;

    public bool PhaseTwo(int position) => standardsKnown || !phaseOne[position];

    public bool Excluded(int position) => excluded[position];
}
