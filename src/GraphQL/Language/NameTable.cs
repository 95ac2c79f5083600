namespace CustomerComms.GraphQL.Language;

/// <summary>
/// Shares the strings of names across parses: documents repeat the same few hundred names (field, type, argument
/// and fragment names), so the lexer looks each one up here instead of allocating a new string every time.
/// </summary>
/// <remarks>
/// A fixed-size table indexed by a hash of the characters; a slot holds the last name that hashed to it. Threads
/// may race on a slot, which only costs an allocation: a reference write is atomic and a string never changes.
/// Names longer than <see cref="MaxLength" /> are not kept, so the table stays small whatever documents arrive.
/// </remarks>
internal static class NameTable
{
    private const int MaxLength = 64;
    private const int SizeBits = 12;
    private const int Size = 1 << SizeBits;
    private static readonly string?[] Slots = new string?[Size];

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
}
