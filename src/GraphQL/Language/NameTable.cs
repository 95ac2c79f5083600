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

    /// <summary>The name <paramref name="name" /> as a string, shared with earlier lookups of the same characters.</summary>
    /// <param name="name">The characters of the name.</param>
    /// <returns>An equal string; the same instance as before when the slot still holds it.</returns>
    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxLength)
        {
            return name.ToString();
        }

        var slot = string.GetHashCode(name) & (Size - 1);
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
