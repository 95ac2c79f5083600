namespace CustomerComms.GraphQL.Data;

/// <summary>How the data layer treats a CLR property when filtering and sorting.</summary>
internal enum MemberKind
{
    /// <summary>Neither filtered nor sorted (e.g. lists of scalars, dictionaries).</summary>
    Unsupported,

    /// <summary>Text: string operators and ordering.</summary>
    String,

    /// <summary>Numbers, dates and ids: comparison operators and ordering.</summary>
    Comparable,

    /// <summary>True or false: equality only.</summary>
    Boolean,

    /// <summary>A CLR enum: equality and membership.</summary>
    Enum,

    /// <summary>A related object, filtered and sorted by its own fields.</summary>
    Object,

    /// <summary>A collection of related objects: <c>all</c>, <c>none</c>, <c>some</c>, <c>any</c>.</summary>
    List,
}
