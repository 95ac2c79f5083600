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
    private const int Size = 4096;
    private static readonly string?[] Slots = new string?[Size];

    /// <summary>The hash of no characters, to start <see cref="Hash" /> with.</summary>
    public const uint InitialHash = 2166136261;

    /// <summary>
    /// Adds a character to a name's hash (FNV-1a). The lexer computes it while scanning the name, which costs less
    /// than hashing the characters again; a crafted set of colliding names only costs allocations.
    /// </summary>
    /// <param name="hash">The hash of the characters before.</param>
    /// <param name="c">The next character.</param>
    /// <returns>The hash including <paramref name="c" />.</returns>
    public static uint Hash(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>The name <paramref name="name" /> as a string, shared with earlier lookups of the same characters.</summary>
    /// <param name="name">The characters of the name.</param>
    /// <param name="hash">The characters' <see cref="Hash" />.</param>
    /// <returns>An equal string; the same instance as before when the slot still holds it.</returns>
    public static string Get(ReadOnlySpan<char> name, uint hash)
    {
        if (name.Length > MaxLength)
        {
            return name.ToString();
        }

        var slot = (int)((hash ^ (hash >> 15)) & (Size - 1));
        var held = Slots[slot];
        if (held is not null && name.SequenceEqual(held))
        {
            return held;
        }

        var created = name.ToString();
        Slots[slot] = created;
        return created;
    }
}
