namespace CustomerComms.GraphQL.Language;

/// <summary>
/// How many characters after the start of its node a name held as text begins (see <see cref="NameSlot" />), for a
/// name whose distance from the node's start is not fixed by the grammar: <c>query Name</c>, <c>fragment Name</c>.
/// </summary>
/// <remarks>
/// Part of where the name is, not of what it is: every two offsets are equal, so that nodes compare equal wherever
/// their names stand, as their locations are ignored by equality.
/// </remarks>
internal readonly struct NameOffset(int value) : IEquatable<NameOffset>
{
    /// <summary>The number of characters from the node's start to the name's.</summary>
    public int Value { get; } = value;

    /// <inheritdoc />
    public bool Equals(NameOffset other) => true;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is NameOffset;

    /// <inheritdoc />
    public override int GetHashCode() => 0;
}
