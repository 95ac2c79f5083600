using CustomerComms.Analytics.Constants;
using CustomerComms.Analytics.ControlCharts;

namespace CustomerComms.Analytics.Capability;

/// <summary>Computes Cp, Cpk, Pp, Ppk and Cpm. The indices assume an in-control, roughly normal process.</summary>
public static class CapabilityAnalysis
{
    /// <summary>Capability of individual values; σ_within = MR̄/d2(2) over consecutive values.</summary>
    /// <param name="values">Observations in time order, at least 2.</param>
    /// <param name="specification">The specification limits and target.</param>
    /// <param name="convention">Which d2 the within σ uses; default exact.</param>
    /// <exception cref="ArgumentException">
    /// Fewer than 2 values, non-finite input, no limit, LSL ≥ USL, or a σ of 0 (constant data: the indices would be infinite).
    /// </exception>
    public static ProcessCapability Analyze(IReadOnlyList<double> values, SpecificationLimits specification, ConstantsConvention convention = ConstantsConvention.Exact)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            throw new ArgumentException("At least 2 values are needed to estimate σ.", nameof(values));
        }

        ControlChart chart = IndividualsChart.Build(values, new ControlChartOptions { Convention = convention });
        return Indices(
            [.. values],
            chart.Sigma,
            FormattableString.Invariant($"σ_within = MR̄/d2(2), d2(2) = {ControlChartConstants.RangeMean(2, convention)}"),
            specification);
    }

    /// <summary>Capability of subgrouped data; σ_within = mean(R_i/d2(n_i)) over the subgroups (2 to 25 observations each).</summary>
    /// <param name="subgroups">Observations of each subgroup.</param>
    /// <param name="specification">The specification limits and target.</param>
    /// <param name="convention">Which d2 the within σ uses; default exact.</param>
    /// <exception cref="ArgumentException">Empty or non-finite input, a subgroup of the wrong size, no limit, LSL ≥ USL, or a σ of 0.</exception>
    public static ProcessCapability AnalyzeSubgroups(IReadOnlyList<IReadOnlyList<double>> subgroups, SpecificationLimits specification, ConstantsConvention convention = ConstantsConvention.Exact)
    {
        ControlChart chart = XbarRChart.Build(subgroups, new ControlChartOptions { Convention = convention });
        string table = convention == ConstantsConvention.Exact ? "exact d2" : "three-decimal d2 table";
        return Indices([.. subgroups.SelectMany(g => g)], chart.Sigma, $"σ_within = mean(R_i/d2(n_i)), {table}", specification);
    }

    private static ProcessCapability Indices(double[] all, double sigmaWithin, string estimator, SpecificationLimits specification)
    {
        ArgumentNullException.ThrowIfNull(specification);
        (double? lower, double? upper, double? target) = specification;
        if (lower is null && upper is null)
        {
            throw new ArgumentException("At least one specification limit is needed.", nameof(specification));
        }

        if ((lower is double l && !double.IsFinite(l)) || (upper is double u && !double.IsFinite(u)) || (target is double t && !double.IsFinite(t)))
        {
            throw new ArgumentException("Specification limits and target must be finite.", nameof(specification));
        }

        if (lower >= upper)
        {
            throw new ArgumentException("The lower specification limit must be below the upper.", nameof(specification));
        }

        double mean = all.Average();
        double squares = all.Sum(v => (v - mean) * (v - mean));
        double sigmaOverall = Math.Sqrt(squares / (all.Length - 1));
        if (sigmaWithin <= 0 || sigmaOverall <= 0)
        {
            throw new ArgumentException("The process σ is 0 (constant data); capability indices are not defined.", "values");
        }

        double? cpl = (mean - lower) / (3 * sigmaWithin);
        double? cpu = (upper - mean) / (3 * sigmaWithin);
        double? ppl = (mean - lower) / (3 * sigmaOverall);
        double? ppu = (upper - mean) / (3 * sigmaOverall);
        double? cp = (upper - lower) / (6 * sigmaWithin);
        double? pp = (upper - lower) / (6 * sigmaOverall);
        double? cpm = null;
        if (cp is double cpValue)
        {
            double aim = target ?? ((lower!.Value + upper!.Value) / 2);
            double offset = (mean - aim) / sigmaWithin;
            cpm = cpValue / Math.Sqrt(1 + (offset * offset));
        }

        return new ProcessCapability(cp, Min(cpl, cpu), cpl, cpu, pp, Min(ppl, ppu), cpm, mean, sigmaWithin, sigmaOverall, estimator, all.Length);
    }

    private static double? Min(double? a, double? b) =>
        a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
