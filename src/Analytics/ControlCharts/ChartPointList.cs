using System.Collections;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// The points of a chart stored column-wise; each <see cref="ControlChartPoint"/> is created when it is read, so a
/// chart of a million points costs a few arrays rather than a million objects. The arrays are never changed after
/// construction, so the list is immutable. With <paramref name="perStage"/> the centre, σ and limit columns hold one
/// entry per stage instead of one per point.
/// </summary>
internal sealed class ChartPointList(
    ChartFrame frame,
    double[] values,
    double[] centers,
    double[] lower,
    double[] upper,
    double[] sigmas,
    int[] masks,
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
            int limits = perStage ? frame.Stages[index] : index;
            return new ControlChartPoint(
                frame.Index(index),
                values[index],
                centers[limits],
                lower[limits],
                upper[limits],
                sigmas[limits],
                values[index] > upper[limits] || values[index] < lower[limits],
                RunRuleMask.ToRules(masks[index]),
                frame.PhaseTwo(index),
                frame.Excluded(index),
                frame.Stages[index])
            {
                Observation = observations?[index],
            };
        }
    }

    public IEnumerator<ControlChartPoint> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
