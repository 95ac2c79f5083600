using System.Collections;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>
/// The moving ranges |x_i − x_(i−1)| of a moving-range chart, computed from the observations when read rather than
/// stored: a chart of a million points then keeps one array of values, not two.
/// </summary>
internal sealed class MovingRangeValues(double[] observations, ChartFrame frame) : IReadOnlyList<double>
{
    public int Count => frame.Count;

    public double this[int position]
    {
        get
        {
            int i = frame.Index(position);
            return Math.Abs(observations[i] - observations[i - 1]);
        }
    }

    public IEnumerator<double> GetEnumerator()
    {
        for (int p = 0; p < Count; p++)
        {
            yield return this[p];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
