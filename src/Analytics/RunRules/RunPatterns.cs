using System.Numerics;

namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// The six patterns behind the twelve rules, checked together in one pass over a segment: each point's z-score is
/// computed once and every pattern advances its state by that point, then the point's mask is written once.
/// </summary>
/// <remarks>
/// The state updates are written with 0/1 integers instead of branches: on noisy data every comparison is a coin toss,
/// and mispredicted branches would dominate the cost of a million-point chart. A pattern whose bit is 0 still runs
/// (it is cheaper than branching) but cannot set anything.
/// </remarks>
internal static class RunPatterns
{
    /// <summary>The rule bits of each pattern (0 when not selected) and the run lengths that are configurable.</summary>
    /// <param name="BeyondLimits">Nelson 1 / Western Electric 1: strictly beyond a control limit.</param>
    /// <param name="NelsonSameSide">Nelson 2: <paramref name="NelsonSameSideLength"/> points in a row strictly on one side.</param>
    /// <param name="WesternElectricSameSide">Western Electric 4: <paramref name="WesternElectricSameSideLength"/> points in a row strictly on one side.</param>
    /// <param name="Trend">Nelson 3: six points in a row each strictly above (or each strictly below) the one before.</param>
    /// <param name="Alternating">Nelson 4: fourteen points in a row whose successive changes alternate in sign (a zero change breaks it).</param>
    /// <param name="TwoOfThree">Nelson 5 / Western Electric 2: two of the last three points beyond 2σ on one side, the current one among them.</param>
    /// <param name="FourOfFive">Nelson 6 / Western Electric 3: four of the last five points beyond 1σ on one side, the current one among them.</param>
    /// <param name="WithinOneSigma">Nelson 7: fifteen points in a row strictly within 1σ.</param>
    /// <param name="BeyondOneSigma">Nelson 8: eight points in a row strictly beyond 1σ; with <paramref name="BothSidesRequired"/> the run must hold points above and below.</param>
    /// <param name="NelsonSameSideLength">Run length of Nelson 2.</param>
    /// <param name="WesternElectricSameSideLength">Run length of Western Electric 4.</param>
    /// <param name="BothSidesRequired">Nelson 8 read as <see cref="Nelson8Reading.BothSides"/>.</param>
    public readonly record struct Bits(
        int BeyondLimits,
        int NelsonSameSide,
        int WesternElectricSameSide,
        int Trend,
        int Alternating,
        int TwoOfThree,
        int FourOfFive,
        int WithinOneSigma,
        int BeyondOneSigma,
        int NelsonSameSideLength,
        int WesternElectricSameSideLength,
        bool BothSidesRequired);

    /// <summary>
    /// ORs into each point's mask the bits of the patterns it completes or continues. Centre, σ and limit spans of
    /// length 1 apply to every point; σ must be at least 0 (checked by the caller).
    /// </summary>
    public static void Scan(
        ReadOnlySpan<double> values,
        ReadOnlySpan<double> centers,
        ReadOnlySpan<double> sigmas,
        ReadOnlySpan<double> lowerLimits,
        ReadOnlySpan<double> upperLimits,
        in Bits bits,
        Span<int> masks)
    {
        int n = values.Length;
        // All-ones when every column has one entry per point, 0 when one entry applies to every point.
        int column = centers.Length == 1 && n > 1 ? 0 : -1;
        int sameSideRun = 0;
        int side = 0;
        int rising = 0;
        int falling = 0;
        int changes = 0;
        int previousChange = 0;
        int above2 = 0;
        int below2 = 0;
        int above1 = 0;
        int below1 = 0;
        int withinRun = 0;
        int beyondRun = 0;
        int seenAbove = 0;
        int seenBelow = 0;
        int eitherSide = bits.BothSidesRequired ? 0 : 1;
        double previous = 0;
        for (int i = 0; i < n; i++)
        {
            int k = i & column;
            double value = values[i];
            double deviation = value - centers[k];
            double sigma = sigmas[k];
            double z = sigma > 0 ? deviation / sigma
                : deviation == 0 ? 0
                : deviation > 0 ? double.PositiveInfinity : double.NegativeInfinity;
            int mask = (value > upperLimits[k] ? 1 : 0) | (value < lowerLimits[k] ? 1 : 0);
            mask *= bits.BeyondLimits;

            // Same side: a point on the centre line belongs to neither side and ends the run.
            int current = (z > 0 ? 1 : 0) - (z < 0 ? 1 : 0);
            sameSideRun = ((sameSideRun * (current == side ? 1 : 0)) + 1) * (current != 0 ? 1 : 0);
            side = current;
            mask |= sameSideRun >= bits.NelsonSameSideLength ? bits.NelsonSameSide : 0;
            mask |= sameSideRun >= bits.WesternElectricSameSideLength ? bits.WesternElectricSameSide : 0;

            // Trend and alternation look at changes from the previous point, so they start at the second point.
            int hasPrevious = i > 0 ? 1 : 0;
            int up = (value > previous ? 1 : 0) & hasPrevious;
            int down = (value < previous ? 1 : 0) & hasPrevious;
            rising = (rising + 1) * up;
            falling = (falling + 1) * down;
            mask |= Math.Max(rising, falling) >= 5 ? bits.Trend : 0;
            int change = up - down;
            changes = ((changes * (change * previousChange == -1 ? 1 : 0)) + 1) * (change != 0 ? 1 : 0);
            previousChange = change;
            mask |= changes >= 13 ? bits.Alternating : 0;
            previous = value;

            // k of m: the last m points as a shift register per side; the current point must be one of the k.
            int isAbove2 = z > 2 ? 1 : 0;
            int isBelow2 = z < -2 ? 1 : 0;
            above2 = ((above2 << 1) | isAbove2) & 0b111;
            below2 = ((below2 << 1) | isBelow2) & 0b111;
            int fires = (isAbove2 & (BitOperations.PopCount((uint)above2) >= 2 ? 1 : 0)) | (isBelow2 & (BitOperations.PopCount((uint)below2) >= 2 ? 1 : 0));
            mask |= bits.TwoOfThree * fires;
            int isAbove1 = z > 1 ? 1 : 0;
            int isBelow1 = z < -1 ? 1 : 0;
            above1 = ((above1 << 1) | isAbove1) & 0b11111;
            below1 = ((below1 << 1) | isBelow1) & 0b11111;
            fires = (isAbove1 & (BitOperations.PopCount((uint)above1) >= 4 ? 1 : 0)) | (isBelow1 & (BitOperations.PopCount((uint)below1) >= 4 ? 1 : 0));
            mask |= bits.FourOfFive * fires;

            withinRun = (withinRun + 1) * (Math.Abs(z) < 1 ? 1 : 0);
            mask |= withinRun >= 15 ? bits.WithinOneSigma : 0;

            int beyond = isAbove1 | isBelow1;
            beyondRun = (beyondRun + 1) * beyond;
            seenAbove = (seenAbove | isAbove1) & beyond;
            seenBelow = (seenBelow | isBelow1) & beyond;
            mask |= (beyondRun >= 8 ? 1 : 0) * (eitherSide | (seenAbove & seenBelow)) * bits.BeyondOneSigma;

            masks[i] |= mask;
        }
    }
}
