using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace CustomerComms.GraphQL.Language;

/// <summary>
/// Shares the strings of names across parses: documents repeat the same few hundred names (field, type, argument
/// and fragment names), so the lexer looks each one up here instead of allocating a new string every time.
/// </summary>
/// <remarks>
/// Two fixed-size tables indexed by a hash of the characters, where a slot holds the last name that hashed to it and
/// its neighbour the one before: one for names of fewer than sixteen characters, keyed by the characters as two
/// vectors (<see cref="Get(Vector128{ushort}, Vector128{ushort})" />), one for longer names
/// (<see cref="Get(ReadOnlySpan{char})" />). Threads may race on a slot, which only costs an allocation: a reference
/// write is atomic, and neither a string nor an entry of the first table ever changes. Names longer than
/// <see cref="MaxLength" /> are not kept, so the tables stay small whatever documents arrive.
/// </remarks>
internal static class NameTable
{
    private const int MaxLength = 64;
    private const int SizeBits = 12;
    private const int Size = 1 << SizeBits;
    private const int VectorSizeBits = 12;
    private static readonly string?[] Slots = new string?[Size];
    private static readonly VectorName?[] VectorSlots = new VectorName?[1 << VectorSizeBits];

    /// <summary>The name <paramref name="name" /> as a string, shared with earlier lookups of the same characters.</summary>
    /// <param name="name">The characters of the name; at least one.</param>
    /// <returns>An equal string; the same instance as before when the slot still holds it.</returns>
    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxLength)
        {
            return name.ToString();
        }

        var slot = Slot(name);
        var held = Slots[slot];
        if (held is not null && name.SequenceEqual(held))
        {
            return held;
        }

        // As in the other table: the slot's neighbour keeps the name the slot held before.
        var neighbour = Slots[slot ^ 1];
        if (neighbour is not null && name.SequenceEqual(neighbour))
        {
            return neighbour;
        }

        var created = name.ToString();
        if (held is not null)
        {
            Slots[slot ^ 1] = held;
        }

        Slots[slot] = created;
        return created;
    }

    /// <summary>
    /// The name of fewer than sixteen characters held in <paramref name="low" /> and <paramref name="high" />, one
    /// character per lane and every lane after the name zero, as a string shared with earlier lookups. The vectors are
    /// the key: no name character is zero, so equal vectors are equal names, compared in two instructions instead of
    /// character by character.
    /// </summary>
    /// <param name="low">The name's first eight characters, zero after its end.</param>
    /// <param name="high">The name's characters nine to fifteen, zero after its end (all zero for a shorter name).</param>
    /// <returns>An equal string; the same instance as before when the slot still holds it.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Get(Vector128<ushort> low, Vector128<ushort> high)
    {
        var slot = VectorSlot(low, high);

        // Each slot holds an immutable entry of key and string, replaced as a whole: a thread never reads one
        // slot's key with another name's string.
        var held = VectorSlots[slot];
        if (held is not null && held.Low == low && held.High == high)
        {
            return held.Value;
        }

        return GetSecondOrAdd(low, high, slot);
    }

    /// <summary>
    /// Looks in the slot's neighbour (<c>slot ^ 1</c>), where the name its slot held last was moved, and otherwise
    /// creates the string and puts it in the slot, moving the slot's name to the neighbour. Two names that share a
    /// slot, such as <c>fragment</c> and <c>true</c>, are both kept, instead of each evicting the other on every use
    /// and costing a new string every time. Apart from the lookup, so that it stays small.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string GetSecondOrAdd(Vector128<ushort> low, Vector128<ushort> high, int slot)
    {
        var neighbour = VectorSlots[slot ^ 1];
        if (neighbour is not null && neighbour.Low == low && neighbour.High == high)
        {
            return neighbour.Value;
        }

        Span<char> characters = stackalloc char[2 * Vector128<ushort>.Count];
        low.StoreUnsafe(ref Unsafe.As<char, ushort>(ref characters[0]));
        high.StoreUnsafe(ref Unsafe.As<char, ushort>(ref characters[Vector128<ushort>.Count]));
        var created = new string(characters[..characters.IndexOf('\0')]);
        if (VectorSlots[slot] is { } previous)
        {
            VectorSlots[slot ^ 1] = previous;
        }

        VectorSlots[slot] = new VectorName(created, low, high);
        return created;
    }

    private static int VectorSlot(Vector128<ushort> low, Vector128<ushort> high)
    {
        var lowWords = low.AsUInt64();
        var highWords = high.AsUInt64();
        var mixed = ((lowWords.GetElement(0) + highWords.GetElement(1)) * 0x9E3779B97F4A7C15UL)
            ^ ((lowWords.GetElement(1) + highWords.GetElement(0)) * 0xC2B2AE3D27D4EB4FUL);
        return (int)(mixed >> (64 - VectorSizeBits));
    }

    /// <summary>
    /// The slot of a name, from its length and four of its characters rather than all of them: hashing every
    /// character made a chain of multiplications as long as the name, which cost more than scanning it. Names that
    /// differ only elsewhere share a slot, which costs an allocation when they alternate, never a wrong name.
    /// </summary>
    private static int Slot(ReadOnlySpan<char> name)
    {
        var length = name.Length;
        var mixed = (uint)length
            ^ ((uint)name[0] << 5)
            ^ ((uint)name[length - 1] << 12)
            ^ ((uint)name[length >> 1] << 19)
            ^ ((uint)name[length >> 2] << 26);

        // Fibonacci hashing: the top bits of the product depend on all the bits mixed in above.
        return (int)((mixed * 2654435769u) >> (32 - SizeBits));
    }

    /// <summary>A name of fewer than sixteen characters and the vectors of its characters that find it.</summary>
    private sealed class VectorName(string value, Vector128<ushort> low, Vector128<ushort> high)
    {
        public Vector128<ushort> Low { get; } = low;

        public Vector128<ushort> High { get; } = high;

        public string Value { get; } = value;
    }
}
