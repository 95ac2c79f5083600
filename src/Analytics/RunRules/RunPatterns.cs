namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// The six patterns behind the twelve rules, each a single pass that ORs <c>bit</c> into the mask of every point
/// that completes or continues the pattern. <c>z</c> holds each point's distance from the centre line in σ units.
/// </summary>
/// <remarks>
/// The loops are written with 0/1 integers instead of branches: on noisy data every comparison is a coin toss, and
/// mispredicted branches would dominate the cost of a million-point chart.
/// </remarks>
internal static class RunPatterns
{
    /// <summary>At least <paramref name="length"/> points in a row strictly on the same side of the centre line.</summary>
    public static void SameSide(ReadOnlySpan<double> z, int length, int bit, Span<int> masks)
    {
        int run = 0;
        int side = 0;
        for (int i = 0; i < z.Length; i++)
        {
            int current = (z[i] > 0 ? 1 : 0) - (z[i] < 0 ? 1 : 0);
            int continues = current == side ? 1 : 0;
            run = ((run * continues) + 1) * (current != 0 ? 1 : 0);
            side = current;
            masks[i] |= run >= length ? bit : 0;
        }
    }

    /// <summary>At least <paramref name="points"/> points in a row each strictly above (or each strictly below) the one before.</summary>
    public static void Trend(ReadOnlySpan<double> values, int points, int bit, Span<int> masks)
    {
        int rising = 0;
        int falling = 0;
        for (int i = 1; i < values.Length; i++)
        {
            rising = (rising + 1) * (values[i] > values[i - 1] ? 1 : 0);
            falling = (falling + 1) * (values[i] < values[i - 1] ? 1 : 0);
            masks[i] |= Math.Max(rising, falling) >= points - 1 ? bit : 0;
        }
    }

    /// <summary>At least <paramref name="points"/> points in a row whose successive changes alternate in sign (a zero change breaks it).</summary>
    public static void Alternating(ReadOnlySpan<double> values, int points, int bit, Span<int> masks)
    {
        int changes = 0;
        int previousSign = 0;
        for (int i = 1; i < values.Length; i++)
        {
            int sign = (values[i] > values[i - 1] ? 1 : 0) - (values[i] < values[i - 1] ? 1 : 0);
            int alternates = sign * previousSign == -1 ? 1 : 0;
            changes = ((changes * alternates) + 1) * (sign != 0 ? 1 : 0);
            previousSign = sign;
            masks[i] |= changes >= points - 1 ? bit : 0;
        }
    }

    /// <summary>
    /// At least <paramref name="k"/> of the last <paramref name="m"/> points more than <paramref name="threshold"/> σ
    /// from the centre line on one side, the current point among them.
    /// </summary>
    public static void KOfMBeyond(ReadOnlySpan<double> z, int k, int m, double threshold, int bit, Span<int> masks)
    {
        int above = 0;
        int below = 0;
        for (int i = 0; i < z.Length; i++)
        {
            int isAbove = z[i] > threshold ? 1 : 0;
            int isBelow = z[i] < -threshold ? 1 : 0;
            above += isAbove;
            below += isBelow;
            if (i >= m)
            {
                above -= z[i - m] > threshold ? 1 : 0;
                below -= z[i - m] < -threshold ? 1 : 0;
            }

            int fires = (isAbove & (above >= k ? 1 : 0)) | (isBelow & (below >= k ? 1 : 0));
            masks[i] |= bit * fires;
        }
    }

    /// <summary>At least <paramref name="length"/> points in a row strictly within 1σ of the centre line.</summary>
    public static void WithinOneSigma(ReadOnlySpan<double> z, int length, int bit, Span<int> masks)
    {
        int run = 0;
        for (int i = 0; i < z.Length; i++)
        {
            run = (run + 1) * (Math.Abs(z[i]) < 1 ? 1 : 0);
            masks[i] |= run >= length ? bit : 0;
        }
    }

    /// <summary>
    /// At least <paramref name="length"/> points in a row strictly more than 1σ from the centre line; with
    /// <see cref="Nelson8Reading.BothSides"/> the run so far must also hold points above and below.
    /// </summary>
    public static void BeyondOneSigma(ReadOnlySpan<double> z, int length, Nelson8Reading reading, int bit, Span<int> masks)
    {
        int run = 0;
        int seenAbove = 0;
        int seenBelow = 0;
        int eitherSide = reading == Nelson8Reading.EitherSide ? 1 : 0;
        for (int i = 0; i < z.Length; i++)
        {
            int beyond = Math.Abs(z[i]) > 1 ? 1 : 0;
            run = (run + 1) * beyond;
            seenAbove = (seenAbove | (z[i] > 1 ? 1 : 0)) & beyond;
            seenBelow = (seenBelow | (z[i] < -1 ? 1 : 0)) & beyond;
            int sides = eitherSide | (seenAbove & seenBelow);
            masks[i] |= (run >= length ? 1 : 0) * sides * bit;
        }
    }
}
