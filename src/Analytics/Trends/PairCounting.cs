namespace CustomerComms.Analytics.Trends;

/// <summary>Counts ordered pairs by merge sort, so pair statistics over 10^5 points need O(n log n), not O(n²).</summary>
/// <remarks>
/// The sort is stable (equal values keep their order), so its result and count do not depend on how it is carried
/// out: short runs are sorted by insertion, then merged bottom-up between the array and the buffer. The merge picks
/// each element with arithmetic rather than a branch, because on noisy series which side wins is a coin toss and
/// mispredicted branches would cost more than the merge itself.
/// </remarks>
internal static class PairCounting
{
    private const int InsertionRun = 32;

    /// <summary>Sorts <paramref name="values"/> ascending and returns the number of pairs i &lt; j with values[i] &gt; values[j].</summary>
    public static long SortCountingInversions(double[] values) =>
        SortCountingInversions(values, new double[values.Length]);

    /// <summary>As <see cref="SortCountingInversions(double[])"/>, with a caller-owned scratch buffer of the same length.</summary>
    public static long SortCountingInversions(double[] values, double[] buffer)
    {
        int n = values.Length;
        long count = 0;
        for (int start = 0; start < n; start += InsertionRun)
        {
            count += InsertionSort(values, start, Math.Min(start + InsertionRun, n));
        }

        double[] source = values;
        double[] target = buffer;
        for (int width = InsertionRun; width < n; width *= 2)
        {
            for (int start = 0; start < n; start += 2 * width)
            {
                int middle = Math.Min(start + width, n);
                int end = Math.Min(start + (2 * width), n);
                count += Merge(source, target, start, middle, end);
            }

            (source, target) = (target, source);
        }

        if (source != values)
        {
            Array.Copy(source, values, n);
        }

        return count;
    }

    // Each element moves left past the larger ones before it; equal values stay in order and are not counted.
    private static long InsertionSort(double[] values, int start, int end)
    {
        long count = 0;
        for (int i = start + 1; i < end; i++)
        {
            double value = values[i];
            int j = i - 1;
            while (j >= start && values[j] > value)
            {
                values[j + 1] = values[j];
                j--;
            }

            values[j + 1] = value;
            count += i - 1 - j;
        }

        return count;
    }

    private static long Merge(double[] source, double[] target, int start, int middle, int end)
    {
        long count = 0;
        int left = start;
        int right = middle;
        int output = start;
        while (left < middle && right < end)
        {
            // Equal values are taken from the left, so ties are not counted as inversions.
            int takeRight = source[right] < source[left] ? 1 : 0;
            int mask = -takeRight;
            target[output++] = source[left + ((right - left) & mask)];
            count += (middle - left) & mask;
            left += 1 - takeRight;
            right += takeRight;
        }

        Array.Copy(source, left, target, output, middle - left);
        output += middle - left;
        Array.Copy(source, right, target, output, end - right);
        return count;
    }
}
