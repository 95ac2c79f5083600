namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// Per plotted point: its input index, stage and phase, kept as ranges rather than per-point columns. With
/// <paramref name="firstOfStageSkipped"/> (moving ranges) the first input point of every stage has no plotted point,
/// so the point at position p of stage s is input p + s + 1, and it counts as excluded when either of its two
/// observations is.
/// </summary>
/// <param name="count">The number of plotted points.</param>
/// <param name="stageStarts">The position of each stage's first plotted point, in order (equal for an empty stage).</param>
/// <param name="phaseOneEnds">Per stage, the first input index after its estimation window.</param>
/// <param name="standardsKnown">The limits come from known standards: every point is phase II.</param>
/// <param name="excluded">Per input index, whether it is excluded; null when nothing is.</param>
/// <param name="firstOfStageSkipped">The frame of a moving-range chart.</param>
internal sealed class ChartFrame(int count, int[] stageStarts, int[] phaseOneEnds, bool standardsKnown, bool[]? excluded, bool firstOfStageSkipped)
{
    public int Count => count;

    public int StageCount => stageStarts.Length;

    /// <summary>The stage of the plotted point at <paramref name="position"/>: the last stage starting at or before it.</summary>
    public int Stage(int position)
    {
        int low = 0;
        int high = stageStarts.Length - 1;
        while (low < high)
        {
            int middle = (low + high + 1) / 2;
            if (stageStarts[middle] <= position)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    /// <summary>The positions of the plotted points of stage <paramref name="stage"/>.</summary>
    public (int Start, int Length) Segment(int stage)
    {
        int end = stage + 1 < stageStarts.Length ? stageStarts[stage + 1] : count;
        return (stageStarts[stage], end - stageStarts[stage]);
    }

    public int Index(int position) => firstOfStageSkipped ? position + Stage(position) + 1 : position;

    public bool PhaseTwo(int position) => standardsKnown || Index(position) >= phaseOneEnds[Stage(position)];

    public bool Excluded(int position)
    {
        if (excluded is null)
        {
            return false;
        }

        int index = Index(position);
        return excluded[index] || (firstOfStageSkipped && excluded[index - 1]);
    }
}
