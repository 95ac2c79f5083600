namespace CustomerComms.Analytics.Trends;

/// <summary>
/// Order statistics of the n(n−1)/2 pairwise slopes (y_j − y_i)/(t_j − t_i), i &lt; j, without listing every pair.
/// </summary>
/// <remarks>
/// The number of slopes ≤ θ is the number of pairs i &lt; j with u_j ≤ u_i where u = y − θt, counted by merge sort in
/// O(n log n). A random sample of pairs brackets the wanted rank, the bracket is narrowed by interpolation on that
/// count until it holds a few n slopes, and those are listed (as the pairs whose order changes between the two ends of
/// the bracket) and the wanted one picked exactly. Expected cost O(n log n) per rank.
/// Times must increase strictly.
/// </remarks>
internal sealed class PairwiseSlopeSelection
{
    private readonly double[] _y;
    private readonly double[] _t;
    private readonly long _pairs;
    private readonly double[] _u;
    private readonly double[] _buffer;
    private readonly double[] _sample;
    private readonly long _budget;
    private readonly double _lowest;
    private readonly double _highest;
    private readonly List<(double Theta, long Count)> _counted = [];
    private (long Low, long High, double[] Slopes)? _lastCandidates;

    public PairwiseSlopeSelection(double[] y, double[] t)
    {
        _y = y;
        _t = t;
        int n = y.Length;
        _pairs = (long)n * (n - 1) / 2;
        _u = new double[n];
        _buffer = new double[n];
        _budget = Math.Max(n, 10_000);

        // Every pairwise slope is a weighted mean of adjacent slopes, so the adjacent ones hold the extremes.
        _lowest = double.PositiveInfinity;
        _highest = double.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            double slope = (y[i] - y[i - 1]) / (t[i] - t[i - 1]);
            _lowest = Math.Min(_lowest, slope);
            _highest = Math.Max(_highest, slope);
        }

        // A fixed seed keeps results reproducible; the seed only affects speed, never the answer.
        var random = new Random(n);
        _sample = new double[(int)Math.Min(_pairs, 2L * n)];
        for (int s = 0; s < _sample.Length; s++)
        {
            int i = random.Next(n);
            int j = random.Next(n - 1);
            j += j >= i ? 1 : 0;
            (int a, int b) = i < j ? (i, j) : (j, i);
            _sample[s] = (y[b] - y[a]) / (t[b] - t[a]);
        }

        Array.Sort(_sample);
    }

    /// <summary>The slope of 1-based rank <paramref name="rank"/> among all pairwise slopes in ascending order.</summary>
    public double SlopeOfRank(long rank)
    {
        if (_lastCandidates is { } last && last.Low < rank && rank <= last.High)
        {
            return Pick(last.Slopes, rank - last.Low);
        }

        if (CountAtMost(_lowest) >= rank)
        {
            return _lowest;
        }

        (double low, long countLow, double high, long countHigh) = Bracket(rank);
        bool interpolate = true;
        while (countHigh - countLow > _budget)
        {
            double middle = low + ((high - low) / 2);
            double theta = interpolate ? low + ((high - low) * ((double)(rank - countLow) / (countHigh - countLow))) : middle;
            if (!(theta > low && theta < high))
            {
                theta = middle;
            }

            if (!(theta > low && theta < high))
            {
                // low and high are adjacent doubles: every slope in (low, high] equals high.
                return high;
            }

            long count = CountAtMost(theta);
            if (count >= rank)
            {
                (high, countHigh) = (theta, count);
            }
            else
            {
                (low, countLow) = (theta, count);
            }

            interpolate = !interpolate;
        }

        double[] slopes = SlopesBetween(low, high);
        _lastCandidates = (countLow, countHigh, slopes);
        return Pick(slopes, rank - countLow);
    }

    private static double Pick(double[] sortedSlopes, long position)
    {
        // Rounding in u = y − θt can disagree with the directly computed slopes by an ulp; stay inside the list.
        long index = Math.Clamp(position, 1, sortedSlopes.Length) - 1;
        return sortedSlopes[index];
    }

    /// <summary>
    /// Slopes θ below and at or above the one of <paramref name="rank"/>, with their counts: the closest ones counted so
    /// far (the ranks of one estimate lie close together, so earlier searches have usually bracketed the next one
    /// already), narrowed by a random sample of the slopes where that is tighter.
    /// </summary>
    private (double Low, long CountLow, double High, long CountHigh) Bracket(long rank)
    {
        (double low, long countLow, double high, long countHigh) = (_lowest, CountAtMost(_lowest), _highest, _pairs);
        foreach ((double theta, long count) in _counted)
        {
            if (count < rank && theta > low)
            {
                (low, countLow) = (theta, count);
            }
            else if (count >= rank && theta < high)
            {
                (high, countHigh) = (theta, count);
            }
        }

        int m = _sample.Length;
        double q = (rank - 0.5) / _pairs;
        double margin = (4 * Math.Sqrt(m * q * (1 - q))) + 2;
        int lowIndex = (int)Math.Floor((q * m) - margin);
        int highIndex = (int)Math.Ceiling((q * m) + margin);
        foreach (double theta in (ReadOnlySpan<double>)[lowIndex >= 0 ? _sample[lowIndex] : low, highIndex < m ? _sample[highIndex] : high])
        {
            if (theta > low && theta < high)
            {
                long count = CountAtMost(theta);
                if (count < rank)
                {
                    (low, countLow) = (theta, count);
                }
                else
                {
                    (high, countHigh) = (theta, count);
                }
            }
        }

        return (low, countLow, high, countHigh);
    }

    /// <summary>The number of slopes ≤ θ; every count is kept, so that later searches can start from it.</summary>
    private long CountAtMost(double theta)
    {
        foreach ((double counted, long count) in _counted)
        {
            if (counted == theta)
            {
                return count;
            }
        }

        for (int i = 0; i < _y.Length; i++)
        {
            _u[i] = _y[i] - (theta * _t[i]);
        }

        long strict = PairCounting.SortCountingInversions(_u, _buffer);
        long result = strict + MannKendall.TieStatistics(_u).TiedPairs;
        _counted.Add((theta, result));
        return result;
    }

    /// <summary>All slopes in (low, high], sorted: the pairs ordered by u at low whose order flips (or ties) at high.</summary>
    private double[] SlopesBetween(double low, double high)
    {
        int n = _y.Length;
        var order = new int[n];
        var keys = new double[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = _y[i] - (low * _t[i]);
        }

        // Ascending u(low); equal u(low) means slope exactly low, so the later point goes first and the pair never counts.
        // Sorting keys with their indices is much faster than sorting through a comparison; the order within a group
        // of equal keys is then set afterwards.
        Array.Sort(keys, order);
        for (int start = 0, end = 1; start < n; start = end++)
        {
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(order, start, end - start);
                Array.Reverse(order, start, end - start);
            }
        }

        var atHigh = new double[n];
        for (int i = 0; i < n; i++)
        {
            atHigh[i] = _y[i] - (high * _t[i]);
        }

        var slopes = new List<double>();
        MergeListingInversions(order, new int[n], 0, n, atHigh, slopes);
        double[] result = [.. slopes];
        Array.Sort(result);
        return result.Length > 0 ? result : [high];
    }

    private void MergeListingInversions(int[] order, int[] buffer, int start, int end, double[] key, List<double> slopes)
    {
        int length = end - start;
        if (length < 2)
        {
            return;
        }

        int middle = start + (length / 2);
        MergeListingInversions(order, buffer, start, middle, key, slopes);
        MergeListingInversions(order, buffer, middle, end, key, slopes);
        int left = start;
        int right = middle;
        int output = start;
        while (left < middle && right < end)
        {
            if (key[order[left]] < key[order[right]])
            {
                buffer[output++] = order[left++];
                continue;
            }

            int later = order[right];
            for (int l = left; l < middle; l++)
            {
                int earlier = order[l];
                (int i, int j) = earlier < later ? (earlier, later) : (later, earlier);
                slopes.Add((_y[j] - _y[i]) / (_t[j] - _t[i]));
            }

            buffer[output++] = order[right++];
        }

        while (left < middle)
        {
            buffer[output++] = order[left++];
        }

        while (right < end)
        {
            buffer[output++] = order[right++];
        }

        Array.Copy(buffer, start, order, start, length);
    }
}
