namespace CustomerComms.Analytics.Trends;

/// <summary>Counts ordered pairs by merge sort, so pair statistics over 10^5 points need O(n log n), not O(n²).</summary>
internal static class PairCounting
{
    /// <summary>Sorts <paramref name="values"/> ascending and returns the number of pairs i &lt; j with values[i] &gt; values[j].</summary>
    public static long SortCountingInversions(double[] values) =>
        SortCountingInversions(values, new double[values.Length]);

    /// <summary>As <see cref="SortCountingInversions(double[])"/>, with a caller-owned scratch buffer of the same length.</summary>
    public static long SortCountingInversions(double[] values, double[] buffer) =>
        SortCountingInversions(values, buffer, 0, values.Length);

    private static long SortCountingInversions(double[] values, double[] buffer, int start, int end)
    {
        int length = end - start;
        if (length < 2)
        {
            return 0;
        }

        int middle = start + (length / 2);
        long count = SortCountingInversions(values, buffer, start, middle) + SortCountingInversions(values, buffer, middle, end);
        int left = start;
        int right = middle;
        int output = start;
        while (left < middle && right < end)
        {
            // Equal values are taken from the left, so ties are not counted as inversions.
            if (values[left] <= values[right])
            {
                buffer[output++] = values[left++];
            }
            else
            {
                count += middle - left;
                buffer[output++] = values[right++];
            }
        }

        while (left < middle)
        {
            buffer[output++] = values[left++];
        }

        while (right < end)
        {
            buffer[output++] = values[right++];
        }

        Array.Copy(buffer, start, values, start, length);
        return count;
    }
}
