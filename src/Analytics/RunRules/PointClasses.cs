namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// Where up to 64 consecutive points of a segment lie: one bit per point (bit j is the j-th point of the word) for
/// each zone, limit and direction the run rules look at, so every rule can be checked on 64 points at once.
/// </summary>
internal struct PointClasses
{
    /// <summary>z &gt; 0: strictly above the centre line.</summary>
    public ulong Above;

    /// <summary>z &lt; 0: strictly below the centre line.</summary>
    public ulong Below;

    /// <summary>z &gt; 1.</summary>
    public ulong AboveOne;

    /// <summary>z &lt; −1.</summary>
    public ulong BelowOne;

    /// <summary>z &gt; 2.</summary>
    public ulong AboveTwo;

    /// <summary>z &lt; −2.</summary>
    public ulong BelowTwo;

    /// <summary>|z| &lt; 1.</summary>
    public ulong WithinOne;

    /// <summary>Strictly above the upper or below the lower control limit.</summary>
    public ulong BeyondLimits;

    /// <summary>Strictly above the previous point of the segment (never the segment's first point).</summary>
    public ulong Up;

    /// <summary>Strictly below the previous point of the segment (never the segment's first point).</summary>
    public ulong Down;
}
