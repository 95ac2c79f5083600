namespace CustomerComms.GraphQL.Execution;

/// <summary>
/// The fields a selection set selects on one object type, in response order (graphql-js <c>collectFields</c>),
/// with their definitions; fields the type does not define are left out. Shared by every object the selection
/// applies to, and the key set of their <see cref="ResultMap" />s.
/// </summary>
internal sealed class SelectedFields(CollectedField[] fields)
{
    private const int LinearSearchLimit = 8;
    private Dictionary<string, int>? _indexByKey;

    /// <summary>The fields, in response order.</summary>
    public CollectedField[] Fields { get; } = fields;

    /// <summary>The number of fields.</summary>
    public int Count => Fields.Length;

    /// <summary>The position of the field with response key <paramref name="key" />, or -1.</summary>
    public int IndexOf(string key)
    {
        if (Fields.Length <= LinearSearchLimit)
        {
            for (var index = 0; index < Fields.Length; index++)
            {
                if (Fields[index].Key == key)
                {
                    return index;
                }
            }

            return -1;
        }

        _indexByKey ??= IndexByKey();
        return _indexByKey.GetValueOrDefault(key, -1);
    }

    private Dictionary<string, int> IndexByKey()
    {
        var indexByKey = new Dictionary<string, int>(Fields.Length, StringComparer.Ordinal);
        for (var index = 0; index < Fields.Length; index++)
        {
            indexByKey[Fields[index].Key] = index;
        }

        return indexByKey;
    }
}
