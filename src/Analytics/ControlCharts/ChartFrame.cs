namespace CustomerComms.Analytics.ControlCharts;

/// <summary>Per plotted point: its input index, stage and phase, as parallel arrays.</summary>
internal sealed record ChartFrame(int[] Indices, int[] Stages, bool[] PhaseTwo, bool[] Excluded)
{
    public int Count => Indices.Length;
}
