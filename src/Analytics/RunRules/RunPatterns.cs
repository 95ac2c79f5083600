namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// The six patterns behind the twelve rules, each a single pass that ORs <c>bit</c> into the mask of every point
/// that completes or continues the pattern. <c>z</c> holds each point's distance from the centre line in σ units.
/// </summary>
internal static class RunPatterns
{
    /// <summary>At least <paramref name="length"/> points in a row strictly on the same side of the centre line.</summary>
    public static void SameSide(ReadOnlySpan<double> z, int length, int bit, Span<int> masks)
    {
        int run = 0;
        int side = 0;
        for (int i = 0; i < z.Length; i++)
        {
            int current = Math.Sign(z[i]);
            run = current == 0 ? 0 : current == side ? run + 1 : 1;
            side = current;
            if (run >= length)
            {
                masks[i] |= bit;
            }
        }
    }

    /// <summary>At least <paramref name="points"/> points in a row each strictly above (or each strictly below) the one before.</summary>
    public static void Trend(ReadOnlySpan<double> values, int points, int bit, Span<int> masks)
    {
        int rising = 0;
        int falling = 0;
        for (int i = 1; i < values.Length; i++)
        {
            rising = values[i] > values[i - 1] ? rising + 1 : 0;
            falling = values[i] < values[i - 1] ? falling + 1 : 0;
            if (rising >= points - 1 || falling >= points - 1)
            {
                masks[i] |= bit;
            }
        }
    }

    /// <summary>At least <paramref name="points"/> points in a row whose successive changes alternate in sign (a zero change breaks it).</summary>
    public static void Alternating(ReadOnlySpan<double> values, int points, int bit, Span<int> masks)
    {
        int changes = 0;
        int previousSign = 0;
        for (int i = 1; i < values.Length; i++)
        {
            int sign = Math.Sign(values[i] - values[i - 1]);
            changes = sign == 0 ? 0 : previousSign != 0 && sign == -previousSign ? changes + 1 : 1;
            previousSign = sign;
            if (changes >= points - 1)
            {
                masks[i] |= bit;
            }
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
            if (z[i] > threshold)
            {
                above++;
            }
            else if (z[i] < -threshold)
            {
                below++;
            }

            int leaving = i - m;
            if (leaving >= 0)
            {
                if (z[leaving] > threshold)
                {
                    above--;
                }
                else if (z[leaving] < -threshold)
                {
                    below--;
                }
            }

            if ((z[i] > threshold && above >= k) || (z[i] < -threshold && below >= k))
            {
                masks[i] |= bit;
            }
        }
    }

    /// <summary>At least <paramref name="length"/> points in a row strictly within 1σ of the centre line.</summary>
    public static void WithinOneSigma(ReadOnlySpan<double> z, int length, int bit, Span<int> masks)
    {
        int run = 0;
        for (int i = 0; i < z.Length; i++)
        {
            run = Math.Abs(z[i]) < 1 ? run + 1 : 0;
            if (run >= length)
            {
                masks[i] |= bit;
            }
        }
    }

    /// <summary>
    /// At least <paramref name="length"/> points in a row strictly more than 1σ from the centre line; with
    /// <see cref="Nelson8Reading.BothSides"/> the run so far must also hold points above and below.
    /// </summary>
    public static void BeyondOneSigma(ReadOnlySpan<double> z, int length, Nelson8Reading reading, int bit, Span<int> masks)
    {
        int run = 0;
        bool seenAbove = false;
        bool seenBelow = false;
        for (int i = 0; i < z.Length; i++)
        {
            if (Math.Abs(z[i]) > 1)
            {
                run++;
                seenAbove |= z[i] > 1;
                seenBelow |= z[i] < -1;
            }
            else
            {
                run = 0;
                seenAbove = false;
                seenBelow = false;
            }

            bool sidesSatisfied = reading == Nelson8Reading.EitherSide || (seenAbove && seenBelow);
            if (run >= length && sidesSatisfied)
            {
                masks[i] |= bit;
            }
        }
    }
}
