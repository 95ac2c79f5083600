namespace CustomerComms.GraphQL.Execution;

/// <summary>List indices as the boxed keys of <see cref="Types.ResponsePath" />, shared for short lists so that an item's path costs one allocation, not two.</summary>
internal static class ListIndex
{
    private static readonly object[] Small = [.. Enumerable.Range(0, 1024).Select(index => (object)index)];

    /// <summary>The index boxed; the same box every time for indices under 1024.</summary>
    public static object Boxed(int index) => (uint)index < (uint)Small.Length ? Small[index] : index;
}
