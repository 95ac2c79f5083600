namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The kind of a control chart (or of the dispersion chart that accompanies it).</summary>
public enum ControlChartKind
{
    /// <summary>Individuals chart of single observations (the X of XmR).</summary>
    Individuals,

    /// <summary>Moving-range chart of |x_i − x_(i−1)| (the mR of XmR).</summary>
    MovingRange,

    /// <summary>Chart of subgroup means with σ estimated from ranges (X̄ of X̄-R).</summary>
    XbarR,

    /// <summary>Range chart of subgroups.</summary>
    Range,

    /// <summary>Chart of subgroup means with σ estimated from standard deviations (X̄ of X̄-S).</summary>
    XbarS,

    /// <summary>Standard-deviation chart of subgroups.</summary>
    StandardDeviation,

    /// <summary>Proportion nonconforming per sample.</summary>
    P,

    /// <summary>Number nonconforming per sample.</summary>
    Np,

    /// <summary>Count of nonconformities (defects) per sample of constant area of opportunity.</summary>
    C,

    /// <summary>Nonconformities per unit inspected.</summary>
    U,

    /// <summary>Exponentially weighted moving average.</summary>
    Ewma,

    /// <summary>Tabular (two-sided) cumulative sum.</summary>
    Cusum,
}
