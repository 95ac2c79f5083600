namespace CustomerComms.Analytics.ControlCharts;

/// <summary>Mean, range and standard deviation (n−1 divisor) of each subgroup.</summary>
internal sealed record SubgroupStatistics(int[] Sizes, double[] Means, double[] Ranges, double[] StandardDeviations)
{
    public int Count => Sizes.Length;

    public static SubgroupStatistics Of(IReadOnlyList<IReadOnlyList<double>> subgroups, int minimumSize, int maximumSize)
    {
        ArgumentNullException.ThrowIfNull(subgroups);
        int count = subgroups.Count;
        var sizes = new int[count];
        var means = new double[count];
        var ranges = new double[count];
        var deviations = new double[count];
        for (int i = 0; i < count; i++)
        {
            double[] values = ChartInput.Finite(subgroups[i], $"subgroups[{i}]");
            if (values.Length < minimumSize || values.Length > maximumSize)
            {
                throw new ArgumentException(
                    FormattableString.Invariant($"Subgroup {i} has {values.Length} observations; this chart needs {minimumSize} to {maximumSize}."),
                    nameof(subgroups));
            }

            double mean = values.Average();
            double squares = 0;
            foreach (double v in values)
            {
                squares += (v - mean) * (v - mean);
            }

            sizes[i] = values.Length;
            means[i] = mean;
            ranges[i] = values.Max() - values.Min();
            deviations[i] = values.Length > 1 ? Math.Sqrt(squares / (values.Length - 1)) : 0;
        }

        return new SubgroupStatistics(sizes, means, ranges, deviations);
    }
}
