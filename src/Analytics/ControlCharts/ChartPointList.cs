using System.Collections;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// The points of a chart stored column-wise; each <see cref="ControlChartPoint"/> is created when it is read, so a
/// chart of a million points costs a few arrays rather than a million objects. The arrays are never changed after
/// construction, so the list is immutable. With <paramref name="perStage"/> the centre, σ and limit columns hold one
/// entry per stage instead of one per point; run-rule masks are kept for the flagged points only.
/// </summary>
internal sealed class ChartPointList(
    ChartFrame frame,
    IReadOnlyList<double> values,
    double[] centers,
    double[] lower,
    double[] upper,
    double[] sigmas,
    ViolationMasks masks,
    double[]? observations,
    bool perStage) : IReadOnlyList<ControlChartPoint>
{
    public int Count => frame.Count;

    public ControlChartPoint this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return Point(index, masks.Of(index));
        }
    }

    public IEnumerator<ControlChartPoint> GetEnumerator()
    {
        // In order, the flagged points come up one after another: no search per point.
        int next = 0;
        for (int i = 0; i < Count; i++)
        {
            int mask = 0;
            if (next < masks.Count && masks.PositionAt(next) == i)
            {
                mask = masks.MaskAt(next++);
            }

            yield return Point(i, mask);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ControlChartPoint Point(int index, int mask)
    {
        int stage = frame.Stage(index);
        int limits = perStage ? stage : index;
        double value = values[index];
        return new ControlChartPoint(
            frame.Index(index),
            value,
            centers[limits],
            lower[limits],
            upper[limits],
            sigmas[limits],
            value > upper[limits] || value < lower[limits],
            RunRuleMask.ToRules(mask),
            frame.PhaseTwo(index),
            frame.Excluded(index),
            stage)
        {
            Observation = observations?[index],
        };
    }
}
