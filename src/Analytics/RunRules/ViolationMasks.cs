namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// The run-rule masks of a chart's flagged points only, in position order: a few percent of the points of a large
/// chart are flagged, so this costs a small fraction of a mask per point.
/// </summary>
internal sealed class ViolationMasks
{
    private int[] _positions = [];
    private int[] _masks = [];

    /// <summary>The number of flagged points.</summary>
    public int Count { get; private set; }

    /// <summary>Records the mask of a point after every point recorded so far.</summary>
    public void Add(int position, int mask)
    {
        if (Count == _positions.Length)
        {
            int capacity = Math.Max(16, Count * 2);
            Array.Resize(ref _positions, capacity);
            Array.Resize(ref _masks, capacity);
        }

        _positions[Count] = position;
        _masks[Count] = mask;
        Count++;
    }

    /// <summary>The mask of the point at <paramref name="position"/>; 0 when it violates nothing.</summary>
    public int Of(int position)
    {
        int found = Array.BinarySearch(_positions, 0, Count, position);
        return found >= 0 ? _masks[found] : 0;
    }

    /// <summary>The position of the <paramref name="k"/>-th flagged point.</summary>
    public int PositionAt(int k) => _positions[k];

    /// <summary>The mask of the <paramref name="k"/>-th flagged point.</summary>
    public int MaskAt(int k) => _masks[k];
}
