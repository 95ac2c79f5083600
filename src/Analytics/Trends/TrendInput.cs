namespace CustomerComms.Analytics.Trends;

/// <summary>Validation of trend input.</summary>
internal static class TrendInput
{
    public static (double[] Values, double[] Times) Read(IReadOnlyList<double> values, IReadOnlyList<double>? times, int minimumCount, bool requireIncreasingTimes)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < minimumCount)
        {
            throw new ArgumentException(FormattableString.Invariant($"At least {minimumCount} values are needed; got {values.Count}."), nameof(values));
        }

        var y = new double[values.Count];
        var t = new double[values.Count];
        if (times is not null && times.Count != values.Count)
        {
            throw new ArgumentException("There must be one time per value.", nameof(times));
        }

        for (int i = 0; i < y.Length; i++)
        {
            y[i] = values[i];
            t[i] = times?[i] ?? i + 1;
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException(FormattableString.Invariant($"values[{i}] is not a finite number."), nameof(values));
            }

            if (!double.IsFinite(t[i]))
            {
                throw new ArgumentException(FormattableString.Invariant($"times[{i}] is not a finite number."), nameof(times));
            }

            if (requireIncreasingTimes && i > 0 && t[i] <= t[i - 1])
            {
                throw new ArgumentException("Times must increase strictly.", nameof(times));
            }
        }

        return (y, t);
    }
}
