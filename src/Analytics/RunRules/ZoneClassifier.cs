using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// Sorts up to 64 points of a segment into <see cref="PointClasses"/>. The z-score is computed exactly as
/// (value − centre) / σ, so every comparison is the one a point-by-point check would make, whether vectorised or not.
/// </summary>
internal static class ZoneClassifier
{
    /// <summary>Classifies points <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1 of a segment.</summary>
    /// <param name="values">The segment's plotted statistic.</param>
    /// <param name="centers">Centre line per point, or one entry for the whole segment (and likewise σ and the limits).</param>
    /// <param name="sigmas">σ of the statistic, at least 0.</param>
    /// <param name="lowerLimits">Lower control limit.</param>
    /// <param name="upperLimits">Upper control limit.</param>
    /// <param name="start">The first point; the point before it, if any, is its predecessor in the segment.</param>
    /// <param name="count">1 to 64 points.</param>
    public static PointClasses Classify(
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> centers,
        ReadOnlySpan<double> sigmas,
        ReadOnlySpan<double> lowerLimits,
        ReadOnlySpan<double> upperLimits,
        int start,
        int count)
    {
        bool constant = centers.Length == 1 && values.Length > 1;
        if (!(constant && count == 64 && sigmas[0] > 0))
        {
            return ClassifyPoints(values, centers, sigmas, lowerLimits, upperLimits, start, count, constant);
        }

        return Vector512.IsHardwareAccelerated
            ? ClassifyWideVectors(values, centers[0], sigmas[0], lowerLimits[0], upperLimits[0], start)
            : Vector256.IsHardwareAccelerated
            ? ClassifyVectors(values, centers[0], sigmas[0], lowerLimits[0], upperLimits[0], start)
            : ClassifyPoints(values, centers, sigmas, lowerLimits, upperLimits, start, count, constant);
    }

    /// <summary>Only <see cref="PointClasses.BeyondLimits"/>, for charts that check nothing else.</summary>
    public static ulong BeyondLimits(ReadOnlySpan<double> values, ReadOnlySpan<double> lowerLimits, ReadOnlySpan<double> upperLimits, int start, int count)
    {
        int column = lowerLimits.Length == 1 && values.Length > 1 ? 0 : -1;
        ulong beyond = 0;
        for (int j = 0; j < count; j++)
        {
            int i = start + j;
            int k = i & column;
            beyond |= (ulong)((values[i] > upperLimits[k] ? 1 : 0) | (values[i] < lowerLimits[k] ? 1 : 0)) << j;
        }

        return beyond;
    }

    // One stage with constant limits and σ > 0, 64 points: four at a time, each comparison a sign mask. Where
    // 512-bit vectors are fast, ClassifyWideVectors does the same eight at a time.
    private static PointClasses ClassifyVectors(ReadOnlySpan<double> values, double center, double sigma, double lower, double upper, int start)
    {
        ref double first = ref MemoryMarshal.GetReference(values);
        Vector256<double> centers = Vector256.Create(center);
        Vector256<double> sigmas = Vector256.Create(sigma);
        Vector256<double> lowers = Vector256.Create(lower);
        Vector256<double> uppers = Vector256.Create(upper);
        Vector256<double> one = Vector256.Create(1.0);
        Vector256<double> two = Vector256.Create(2.0);
        PointClasses classes = default;
        for (int j = 0; j < 64; j += 4)
        {
            int i = start + j;
            Vector256<double> value = Vector256.LoadUnsafe(ref first, (nuint)i);
            Vector256<double> z = (value - centers) / sigmas;

            // The segment's first point has no predecessor: compared with itself it is neither up nor down.
            Vector256<double> previous = i > 0
                ? Vector256.LoadUnsafe(ref first, (nuint)(i - 1))
                : Vector256.Create(values[0], values[0], values[1], values[2]);
            classes.Above |= Bits(Vector256.GreaterThan(z, Vector256<double>.Zero), j);
            classes.Below |= Bits(Vector256.LessThan(z, Vector256<double>.Zero), j);
            classes.AboveOne |= Bits(Vector256.GreaterThan(z, one), j);
            classes.BelowOne |= Bits(Vector256.LessThan(z, -one), j);
            classes.AboveTwo |= Bits(Vector256.GreaterThan(z, two), j);
            classes.BelowTwo |= Bits(Vector256.LessThan(z, -two), j);
            classes.WithinOne |= Bits(Vector256.LessThan(Vector256.Abs(z), one), j);
            classes.BeyondLimits |= Bits(Vector256.GreaterThan(value, uppers) | Vector256.LessThan(value, lowers), j);
            classes.Up |= Bits(Vector256.GreaterThan(value, previous), j);
            classes.Down |= Bits(Vector256.LessThan(value, previous), j);
        }

        return classes;
    }

    // As ClassifyVectors, eight points at a time.
    private static PointClasses ClassifyWideVectors(ReadOnlySpan<double> values, double center, double sigma, double lower, double upper, int start)
    {
        ref double first = ref MemoryMarshal.GetReference(values);
        Vector512<double> centers = Vector512.Create(center);
        Vector512<double> sigmas = Vector512.Create(sigma);
        Vector512<double> lowers = Vector512.Create(lower);
        Vector512<double> uppers = Vector512.Create(upper);
        Vector512<double> one = Vector512.Create(1.0);
        Vector512<double> two = Vector512.Create(2.0);
        PointClasses classes = default;
        for (int j = 0; j < 64; j += 8)
        {
            int i = start + j;
            Vector512<double> value = Vector512.LoadUnsafe(ref first, (nuint)i);
            Vector512<double> z = (value - centers) / sigmas;
            Vector512<double> previous = i > 0
                ? Vector512.LoadUnsafe(ref first, (nuint)(i - 1))
                : Vector512.Create(values[0], values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
            classes.Above |= Bits(Vector512.GreaterThan(z, Vector512<double>.Zero), j);
            classes.Below |= Bits(Vector512.LessThan(z, Vector512<double>.Zero), j);
            classes.AboveOne |= Bits(Vector512.GreaterThan(z, one), j);
            classes.BelowOne |= Bits(Vector512.LessThan(z, -one), j);
            classes.AboveTwo |= Bits(Vector512.GreaterThan(z, two), j);
            classes.BelowTwo |= Bits(Vector512.LessThan(z, -two), j);
            classes.WithinOne |= Bits(Vector512.LessThan(Vector512.Abs(z), one), j);
            classes.BeyondLimits |= Bits(Vector512.GreaterThan(value, uppers) | Vector512.LessThan(value, lowers), j);
            classes.Up |= Bits(Vector512.GreaterThan(value, previous), j);
            classes.Down |= Bits(Vector512.LessThan(value, previous), j);
        }

        return classes;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector512<double> mask, int shift) => mask.ExtractMostSignificantBits() << shift;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bits(Vector256<double> mask, int shift) => (ulong)mask.ExtractMostSignificantBits() << shift;

    private static PointClasses ClassifyPoints(
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> centers,
        ReadOnlySpan<double> sigmas,
        ReadOnlySpan<double> lowerLimits,
        ReadOnlySpan<double> upperLimits,
        int start,
        int count,
        bool constant)
    {
        int column = constant ? 0 : -1;
        PointClasses classes = default;
        for (int j = 0; j < count; j++)
        {
            int i = start + j;
            int k = i & column;
            double value = values[i];
            double deviation = value - centers[k];
            double sigma = sigmas[k];

            // σ = 0: every point off the centre line is beyond every zone.
            double z = sigma > 0 ? deviation / sigma
                : deviation == 0 ? 0
                : deviation > 0 ? double.PositiveInfinity : double.NegativeInfinity;
            double previous = i > 0 ? values[i - 1] : value;
            classes.Above |= Bit(z > 0, j);
            classes.Below |= Bit(z < 0, j);
            classes.AboveOne |= Bit(z > 1, j);
            classes.BelowOne |= Bit(z < -1, j);
            classes.AboveTwo |= Bit(z > 2, j);
            classes.BelowTwo |= Bit(z < -2, j);
            classes.WithinOne |= Bit(Math.Abs(z) < 1, j);
            classes.BeyondLimits |= Bit(value > upperLimits[k] || value < lowerLimits[k], j);
            classes.Up |= Bit(value > previous, j);
            classes.Down |= Bit(value < previous, j);
        }

        return classes;
    }

    private static ulong Bit(bool condition, int shift) => (condition ? 1UL : 0UL) << shift;
}
