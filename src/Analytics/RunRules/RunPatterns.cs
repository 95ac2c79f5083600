using System.Numerics;

namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// The six patterns behind the twelve rules, checked over one segment 64 points at a time: each pattern is a few
/// shifts and ANDs on the words of <see cref="PointClasses"/>, with the state a point-by-point check would carry
/// (run lengths, the last points of the k-of-m windows) carried from word to word.
/// </summary>
internal sealed class RunPatterns(RunPatterns.Bits bits)
{
    private ulong _previousAboveOne;
    private ulong _previousBelowOne;
    private ulong _previousAboveTwo;
    private ulong _previousBelowTwo;
    private ulong _previousUp;
    private ulong _previousDown;
    private int _aboveRun;
    private int _belowRun;
    private int _risingRun;
    private int _fallingRun;
    private int _alternatingRun;
    private int _withinRun;
    private int _beyondRun;
    private bool _seenAbove;
    private bool _seenBelow;

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
        bool BothSidesRequired)
    {
        /// <summary>Only the limits are checked (the default): no z-scores and no run state needed.</summary>
        public bool LimitsOnly =>
            (NelsonSameSide | WesternElectricSameSide | Trend | Alternating | TwoOfThree | FourOfFive | WithinOneSigma | BeyondOneSigma) == 0;
    }

    /// <summary>
    /// Judges the points of <paramref name="values"/> from <paramref name="start"/> on, the next part of the segment
    /// (the point before <paramref name="start"/>, if any, is the part's predecessor in the segment).
    /// </summary>
    /// <param name="values">The plotted statistic.</param>
    /// <param name="start">The first point to judge.</param>
    /// <param name="centers">Centre line per point of <paramref name="values"/>, or one entry for all (and likewise σ and the limits).</param>
    /// <param name="sigmas">σ of the statistic, at least 0.</param>
    /// <param name="lowerLimits">Lower control limit.</param>
    /// <param name="upperLimits">Upper control limit.</param>
    /// <param name="output">Where the violations go, in position order.</param>
    /// <param name="firstPosition">The chart position of the point at <paramref name="start"/>.</param>
    public void Scan(
        ReadOnlySpan<double> values,
        int start,
        ReadOnlySpan<double> centers,
        ReadOnlySpan<double> sigmas,
        ReadOnlySpan<double> lowerLimits,
        ReadOnlySpan<double> upperLimits,
        ViolationMasks output,
        int firstPosition)
    {
        for (int i = start; i < values.Length; i += 64)
        {
            int count = Math.Min(64, values.Length - i);
            int position = firstPosition + (i - start);
            if (!bits.LimitsOnly)
            {
                Judge(ZoneClassifier.Classify(values, centers, sigmas, lowerLimits, upperLimits, i, count), position, output);
            }
            else if (bits.BeyondLimits != 0)
            {
                ulong beyond = ZoneClassifier.BeyondLimits(values, lowerLimits, upperLimits, i, count);
                while (beyond != 0)
                {
                    int j = BitOperations.TrailingZeroCount(beyond);
                    beyond &= beyond - 1;
                    output.Add(position + j, bits.BeyondLimits);
                }
            }
        }
    }

    /// <summary>
    /// Advances every pattern by the next word of the segment and records, for each point that completes or continues
    /// a pattern, the bits of those patterns.
    /// </summary>
    /// <param name="classes">The next (up to) 64 points; bits past the segment's end are 0.</param>
    /// <param name="firstPosition">The chart position of the word's bit 0.</param>
    /// <param name="output">Where the violations go, in position order.</param>
    private void Judge(in PointClasses classes, int firstPosition, ViolationMasks output)
    {
        ulong beyondLimits = bits.BeyondLimits != 0 ? classes.BeyondLimits : 0;

        // Same side: a point on the centre line is on neither side and ends both runs.
        ulong nelsonSameSide = bits.NelsonSameSide != 0 ? SameSide(classes, bits.NelsonSameSideLength) : 0;
        ulong westernElectricSameSide = bits.WesternElectricSameSide != 0 ? SameSide(classes, bits.WesternElectricSameSideLength) : 0;
        _aboveRun = BitRuns.Carry(classes.Above, _aboveRun);
        _belowRun = BitRuns.Carry(classes.Below, _belowRun);

        // Six points rising is five rises in a row; fourteen alternating points are twelve sign changes in a row.
        ulong trend = bits.Trend != 0 ? BitRuns.AtLeast(classes.Up, _risingRun, 5) | BitRuns.AtLeast(classes.Down, _fallingRun, 5) : 0;
        _risingRun = BitRuns.Carry(classes.Up, _risingRun);
        _fallingRun = BitRuns.Carry(classes.Down, _fallingRun);
        ulong reversals = (classes.Up & Previous(classes.Down, _previousDown, 1)) | (classes.Down & Previous(classes.Up, _previousUp, 1));
        ulong alternating = bits.Alternating != 0 ? BitRuns.AtLeast(reversals, _alternatingRun, 12) : 0;
        _alternatingRun = BitRuns.Carry(reversals, _alternatingRun);
        (_previousUp, _previousDown) = (classes.Up, classes.Down);

        ulong twoOfThree = bits.TwoOfThree != 0
            ? TwoOfThree(classes.AboveTwo, _previousAboveTwo) | TwoOfThree(classes.BelowTwo, _previousBelowTwo)
            : 0;
        (_previousAboveTwo, _previousBelowTwo) = (classes.AboveTwo, classes.BelowTwo);
        ulong fourOfFive = bits.FourOfFive != 0
            ? FourOfFive(classes.AboveOne, _previousAboveOne) | FourOfFive(classes.BelowOne, _previousBelowOne)
            : 0;
        (_previousAboveOne, _previousBelowOne) = (classes.AboveOne, classes.BelowOne);

        ulong within = bits.WithinOneSigma != 0 ? BitRuns.AtLeast(classes.WithinOne, _withinRun, 15) : 0;
        _withinRun = BitRuns.Carry(classes.WithinOne, _withinRun);
        ulong beyondOneSigma = BeyondOneSigma(classes);

        ulong flagged = beyondLimits | nelsonSameSide | westernElectricSameSide | trend | alternating | twoOfThree | fourOfFive | within | beyondOneSigma;
        while (flagged != 0)
        {
            int j = BitOperations.TrailingZeroCount(flagged);
            flagged &= flagged - 1;
            int mask = (At(beyondLimits, j) * bits.BeyondLimits)
                | (At(nelsonSameSide, j) * bits.NelsonSameSide)
                | (At(westernElectricSameSide, j) * bits.WesternElectricSameSide)
                | (At(trend, j) * bits.Trend)
                | (At(alternating, j) * bits.Alternating)
                | (At(twoOfThree, j) * bits.TwoOfThree)
                | (At(fourOfFive, j) * bits.FourOfFive)
                | (At(within, j) * bits.WithinOneSigma)
                | (At(beyondOneSigma, j) * bits.BeyondOneSigma);
            output.Add(firstPosition + j, mask);
        }
    }

    private static int At(ulong word, int bit) => (int)(word >> bit) & 1;

    // The word's bits moved up by `by` points, with the last points of the previous word below them.
    private static ulong Previous(ulong word, ulong previousWord, int by) => (word << by) | (previousWord >> (64 - by));

    // The current point beyond 2σ and at least one of the two before it on the same side.
    private static ulong TwoOfThree(ulong word, ulong previousWord) =>
        word & (Previous(word, previousWord, 1) | Previous(word, previousWord, 2));

    // The current point beyond 1σ and at least three of the four before it on the same side.
    private static ulong FourOfFive(ulong word, ulong previousWord)
    {
        ulong p1 = Previous(word, previousWord, 1);
        ulong p2 = Previous(word, previousWord, 2);
        ulong p3 = Previous(word, previousWord, 3);
        ulong p4 = Previous(word, previousWord, 4);
        return word & ((p1 & p2 & (p3 | p4)) | (p3 & p4 & (p1 | p2)));
    }

    private ulong SameSide(in PointClasses classes, int length) =>
        BitRuns.AtLeast(classes.Above, _aboveRun, length) | BitRuns.AtLeast(classes.Below, _belowRun, length);

    private ulong BeyondOneSigma(in PointClasses classes)
    {
        ulong beyond = classes.AboveOne | classes.BelowOne;
        ulong runs = bits.BeyondOneSigma != 0 ? BitRuns.AtLeast(beyond, _beyondRun, 8) : 0;
        _beyondRun = BitRuns.Carry(beyond, _beyondRun);
        if (bits.BeyondOneSigma == 0 || !bits.BothSidesRequired)
        {
            return runs;
        }

        ulong seenAbove = BitRuns.SeenInRun(classes.AboveOne, beyond, _seenAbove);
        ulong seenBelow = BitRuns.SeenInRun(classes.BelowOne, beyond, _seenBelow);
        (_seenAbove, _seenBelow) = ((seenAbove >> 63) != 0, (seenBelow >> 63) != 0);
        return runs & seenAbove & seenBelow;
    }
}
