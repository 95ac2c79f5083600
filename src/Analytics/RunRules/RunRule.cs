namespace CustomerComms.Analytics.RunRules;

/// <summary>
/// A run rule (a pattern of points that signals a special cause). Zones are measured in standard deviations of the
/// plotted statistic at each point, so they follow variable limits (p and u charts with varying sample sizes).
/// </summary>
public enum RunRule
{
    /// <summary>Nelson 1: one point strictly beyond a control limit.</summary>
    Nelson1,

    /// <summary>Nelson 2: a run of points on the same side of the centre line (9 by default; configurable).</summary>
    Nelson2,

    /// <summary>Nelson 3: six points in a row strictly increasing or strictly decreasing (an equal neighbour breaks the trend).</summary>
    Nelson3,

    /// <summary>Nelson 4: fourteen points in a row alternating up and down.</summary>
    Nelson4,

    /// <summary>Nelson 5: two of three consecutive points more than 2σ from the centre line on the same side.</summary>
    Nelson5,

    /// <summary>Nelson 6: four of five consecutive points more than 1σ from the centre line on the same side.</summary>
    Nelson6,

    /// <summary>Nelson 7: fifteen points in a row within 1σ of the centre line (either side).</summary>
    Nelson7,

    /// <summary>Nelson 8: eight points in a row more than 1σ from the centre line; see <see cref="Nelson8Reading"/>.</summary>
    Nelson8,

    /// <summary>Western Electric 1: one point strictly beyond a control limit.</summary>
    WesternElectric1,

    /// <summary>Western Electric 2: two of three consecutive points more than 2σ from the centre line on the same side.</summary>
    WesternElectric2,

    /// <summary>Western Electric 3: four of five consecutive points more than 1σ from the centre line on the same side.</summary>
    WesternElectric3,

    /// <summary>Western Electric 4: a run of points on the same side of the centre line (8 by default; configurable).</summary>
    WesternElectric4,
}
