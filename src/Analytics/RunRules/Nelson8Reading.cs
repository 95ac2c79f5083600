namespace CustomerComms.Analytics.RunRules;

/// <summary>The two readings of Nelson rule 8 in use.</summary>
public enum Nelson8Reading
{
    /// <summary>
    /// Eight points in a row more than 1σ from the centre line, on either side or both (Minitab's reading,
    /// and Nelson's "none in zone C").
    /// </summary>
    EitherSide,

    /// <summary>
    /// As <see cref="EitherSide"/>, and the run must contain points on both sides of the centre line
    /// (the reading of R's qcc 3). Every point of the run from the one that completes it is flagged.
    /// </summary>
    BothSides,
}
