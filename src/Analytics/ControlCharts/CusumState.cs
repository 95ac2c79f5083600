namespace CustomerComms.Analytics.ControlCharts;

/// <summary>The tabular CUSUM at one point, in σ units of the plotted mean (standardized form).</summary>
/// <param name="Upper">C⁺_i = max(0, C⁺_(i−1) + y_i − k), C⁺_0 = 0.</param>
/// <param name="Lower">C⁻_i = max(0, C⁻_(i−1) − y_i − k), C⁻_0 = 0 (reported as a non-negative number).</param>
/// <param name="UpperRunLength">N⁺: consecutive points up to this one with C⁺ &gt; 0 (shift onset is i − N⁺).</param>
/// <param name="LowerRunLength">N⁻: consecutive points up to this one with C⁻ &gt; 0.</param>
/// <param name="UpperSignal">C⁺ &gt; h (strictly).</param>
/// <param name="LowerSignal">C⁻ &gt; h (strictly).</param>
public sealed record CusumState(
    double Upper,
    double Lower,
    int UpperRunLength,
    int LowerRunLength,
    bool UpperSignal,
    bool LowerSignal);
