using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>Validation shared by the chart builders.</summary>
internal static class ChartInput
{
    public static double[] Finite(IReadOnlyList<double> values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);

        // Arrays and lists are copied in bulk into an array that is not zeroed first; other lists element by element
        // through the interface.
        double[] copy;
        if (values is double[] or List<double>)
        {
            ReadOnlySpan<double> source = values is double[] array ? array : CollectionsMarshal.AsSpan((List<double>)values);
            copy = GC.AllocateUninitializedArray<double>(source.Length);
            source.CopyTo(copy);
        }
        else
        {
            copy = [.. values];
        }

        // x − x is 0 for every finite x and NaN for infinities and NaN, so one vector test covers four values.
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= copy.Length - Vector256<double>.Count; i += Vector256<double>.Count)
            {
                Vector256<double> v = Vector256.Create(copy.AsSpan(i));
                if (!Vector256.EqualsAll(v - v, Vector256<double>.Zero))
                {
                    break;
                }
            }
        }

        for (; i < copy.Length; i++)
        {
            if (!double.IsFinite(copy[i]))
            {
                throw new ArgumentException($"{name}[{i}] is not a finite number.", name);
            }
        }

        return copy;
    }

    public static double[] Sizes(IReadOnlyList<double> sizes, int count, string name)
    {
        double[] copy = Finite(sizes, name);
        if (copy.Length != count)
        {
            throw new ArgumentException($"{name} must have one entry per point ({count}).", name);
        }

        for (int i = 0; i < copy.Length; i++)
        {
            if (copy[i] <= 0)
            {
                throw new ArgumentException($"{name}[{i}] must be positive.", name);
            }
        }

        return copy;
    }

    public static void NonNegative(double[] values, string name)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (values[i] < 0)
            {
                throw new ArgumentException($"{name}[{i}] must not be negative.", name);
            }
        }
    }

    public static void KnownSigma(ControlChartOptions options)
    {
        if (options.Sigma is double sigma && (!double.IsFinite(sigma) || sigma < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "A known sigma must be a finite number of at least 0.");
        }

        if (options.Center is double center && !double.IsFinite(center))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "A known centre must be a finite number.");
        }
    }

    public static void NoSigmaForAttributes(ControlChartOptions options)
    {
        if (options.Sigma is not null)
        {
            throw new ArgumentException("Attribute charts derive σ from the centre; give a known Center instead of Sigma.", nameof(options));
        }
    }

    public static ArgumentException NoEstimationPoints(int stage) =>
        new($"Stage {stage} has no points to estimate the limits from (all excluded or outside phase I).");
}
