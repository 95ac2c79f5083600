using System.Collections;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// The points of a chart stored column-wise; each <see cref="ControlChartPoint"/> is created when it is read, so a
/// chart of a million points costs a few arrays rather than a million objects. The arrays are never changed after
/// construction, so the list is immutable.
/// </summary>
internal sealed class ChartPointList(
    ChartFrame frame,
    double[] values,
    double[] centers,
    double[] lower,
    double[] upper,
    double[] sigmas,
    int[] masks,
    double[]? observations) : IReadOnlyList<ControlChartPoint>
{
    public int Count => frame.Count;

    public ControlChartPoint this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new ControlChartPoint(
                frame.Indices[index],
                values[index],
                centers[index],
                lower[index],
                upper[index],
                sigmas[index],
                values[index] > upper[index] || values[index] < lower[index],
                RunRuleMask.ToRules(masks[index]),
                frame.PhaseTwo[index],
                frame.Excluded[index],
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
