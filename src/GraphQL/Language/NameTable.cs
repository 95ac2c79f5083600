using System.Numerics;
using System.Runtime.Intrinsics;

namespace CustomerComms.GraphQL.Language;

/// <summary>
/// Shares the strings of names across parses: documents repeat the same few hundred names (field, type, argument
/// and fragment names), so the lexer looks each one up here instead of allocating a new string every time.
/// </summary>
/// <remarks>
/// Two fixed-size tables indexed by a hash of the characters, where a slot holds the last name that hashed to it:
/// one for names of fewer than eight characters, keyed by the characters as one vector (<see cref="GetShort" />),
/// one for longer names (<see cref="Get" />). Threads may race on a slot, which only costs an allocation: a
/// reference write is atomic, and neither a string nor a short name's entry ever changes. Names longer than
/// <see cref="MaxLength" /> are not kept, so the tables stay small whatever documents arrive.
/// </remarks>
internal static class NameTable
{
    private const int MaxLength = 64;
    private const int SizeBits = 12;
    private const int Size = 1 << SizeBits;
    private const int ShortSizeBits = 11;
    private static readonly string?[] Slots = new string?[Size];
    private static readonly ShortName?[] ShortSlots = new ShortName?[1 << ShortSizeBits];

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

        var created = name.ToString();
        Slots[slot] = created;
        return created;
    }

    /// <summary>
    /// The name of fewer than eight characters held in <paramref name="name" />, one character per lane and the lanes
    /// after it zero, as a string shared with earlier lookups. The vector is the key: no name character is zero, so
    /// equal vectors are equal names, compared in one instruction instead of character by character.
    /// </summary>
    /// <param name="name">The name's characters, zero after its end.</param>
    /// <returns>An equal string; the same instance as before when the slot still holds it.</returns>
    public static string GetShort(Vector128<ushort> name)
    {
        var words = name.AsUInt64();
        var mixed = (words.GetElement(0) * 0x9E3779B97F4A7C15UL) ^ (words.GetElement(1) * 0xC2B2AE3D27D4EB4FUL);
        var slot = (int)(mixed >> (64 - ShortSizeBits));

        // Each slot holds an immutable pair of key and string, replaced as a whole: a thread never reads one
        // slot's key with another name's string.
        var held = ShortSlots[slot];
        if (held is not null && held.Characters == name)
        {
            return held.Value;
        }

        var length = BitOperations.TrailingZeroCount(Vector128.Equals(name, Vector128<ushort>.Zero).ExtractMostSignificantBits() | 0x100u);
        Span<char> characters = stackalloc char[Vector128<ushort>.Count];
        for (var i = 0; i < length; i++)
        {
            characters[i] = (char)name.GetElement(i);
        }

        var created = new string(characters[..length]);
        ShortSlots[slot] = new ShortName(created, name);
        return created;
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

    /// <summary>A short name and the vector of its characters that finds it.</summary>
    private sealed class ShortName(string value, Vector128<ushort> characters)
    {
        public string Value { get; } = value;

        public Vector128<ushort> Characters { get; } = characters;
    }
}
