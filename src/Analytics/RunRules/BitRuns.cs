using System.Numerics;

namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// Runs of set bits in a sequence of 64-point words (bit j is the j-th point): which points end a run of at least a
/// given length, with the length of the run reaching into the word carried over from the words before.
/// </summary>
internal static class BitRuns
{
    // Carried run lengths stop growing here, far above any run length a setting can ask for in practice.
    private const int CarryCap = 1 << 30;

    /// <summary>The points of <paramref name="word"/> that end a run of at least <paramref name="length"/> set bits.</summary>
    /// <param name="word">The bits of this word.</param>
    /// <param name="carry">How many set bits in a row end the words before (see <see cref="Carry"/>).</param>
    /// <param name="length">The run length, at least 1.</param>
    public static ulong AtLeast(ulong word, int carry, int length)
    {
        // Runs that lie inside the word: a point qualifies when it and the length − 1 points before it are set,
        // found by doubling the window with shifts (zeros shift in below bit 0, so no run reaches before the word).
        ulong inside = length <= 64 ? word : 0;
        int covered = 1;
        while (covered < length && inside != 0)
        {
            int step = Math.Min(covered, length - covered);
            inside &= inside << step;
            covered += step;
        }

        // Runs that started before the word: point j of the word's leading set bits ends a run of carry + j + 1.
        int leading = BitOperations.TrailingZeroCount(~word);
        long first = Math.Max(0L, (long)length - carry - 1);
        return first < leading ? inside | (Below(leading) & ~Below((int)first)) : inside;
    }

    /// <summary>The number of set bits in a row ending the word, added to <paramref name="carry"/> when every bit is set.</summary>
    public static int Carry(ulong word, int carry) =>
        word == ulong.MaxValue ? Math.Min(carry + 64, CarryCap) : BitOperations.LeadingZeroCount(~word);

    /// <summary>
    /// For each set bit of <paramref name="within"/>, whether a bit of <paramref name="marks"/> (a subset of it) is set
    /// at or before it in the same run of <paramref name="within"/>; <paramref name="carried"/> says the run reaching
    /// into the word already holds one.
    /// </summary>
    public static ulong SeenInRun(ulong marks, ulong within, bool carried)
    {
        ulong seen = marks;
        if (carried)
        {
            seen |= Below(BitOperations.TrailingZeroCount(~within));
        }

        // A parallel prefix: spread marks upwards through set bits of within, doubling the reach at every step.
        ulong through = within;
        for (int step = 1; step < 64; step <<= 1)
        {
            seen |= (seen << step) & through;
            through &= through << step;
        }

        return seen;
    }

    /// <summary>The bits below bit <paramref name="count"/> (all 64 when count is 64).</summary>
    public static ulong Below(int count) => count >= 64 ? ulong.MaxValue : (1UL << count) - 1;
}
