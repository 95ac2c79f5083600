using CustomerComms.Analytics.Constants;
using CustomerComms.Analytics.RunRules;

namespace CustomerComms.Analytics.ControlCharts;

/// <summary>How a chart estimates its limits and which rules it checks.</summary>
public sealed record ControlChartOptions
{
    /// <summary>Default options: all points estimate, 3σ limits, Nelson 1, exact constants.</summary>
    public static ControlChartOptions Default { get; } = new();

    /// <summary>
    /// Phase I length k: the first k points of each stage estimate the limits, which are frozen for the rest of the
    /// stage (phase II). Null: every point of the stage estimates.
    /// </summary>
    public int? PhaseOneCount { get; init; }

    /// <summary>0-based indices left out of the estimation as assignable causes; still plotted and judged.</summary>
    public IReadOnlyCollection<int> Excluded { get; init; } = [];

    /// <summary>
    /// A known centre (standard value) instead of the estimate: μ0 for variables charts, EWMA and CUSUM; p0 for p and
    /// np; c0 for c; u0 for u.
    /// </summary>
    public double? Center { get; init; }

    /// <summary>A known process σ of one observation (variables charts, EWMA, CUSUM only; attribute charts derive σ from the centre).</summary>
    public double? Sigma { get; init; }

    /// <summary>0-based indices where a new stage begins (each after the previous, none at 0); limits are recomputed per stage.</summary>
    public IReadOnlyList<int> StageStarts { get; init; } = [];

    /// <summary>Limit width L in σ units of the plotted statistic; default 3.</summary>
    public double LimitWidth { get; init; } = 3;

    /// <summary>The run rules to check; default Nelson 1.</summary>
    public RunRuleSettings RunRules { get; init; } = RunRuleSettings.Default;

    /// <summary>Which d2/d3 values range-based σ estimates and R limits use; default exact.</summary>
    public ConstantsConvention Convention { get; init; } = ConstantsConvention.Exact;
}
