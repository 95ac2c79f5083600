using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>The input of <c>Analysis.controlChart</c>.</summary>
internal static class ControlChartInputSchema
{
    public static SchemaBuilder AddControlChartInput(this SchemaBuilder builder)
    {
        return builder.InputObject("ControlChartInput", input => input
            .Description(
                "A control chart to compute. Give the data the kind needs: `values` for XMR, EWMA and CUSUM (or `subgroups` for EWMA and CUSUM of subgroup means); " +
                "`subgroups` for XBAR_R and XBAR_S; `counts` and `sizes` for P, NP and U; `counts` (or `values`) for C. " +
                "Every series has one entry per point, in time order, and at most the configured maximum of points.")
            .Field("kind", "ControlChartKind!", f => f.Description("The chart kind."))
            .Field("values", "[Float!]", f => f.Description("XMR, EWMA, CUSUM: one observation per point; C: defects per sample (as an alternative to `counts`)."))
            .Field("subgroups", "[[Float!]!]", f => f.Description("XBAR_R, XBAR_S (and EWMA, CUSUM of subgroup means): the observations of each subgroup, 2 to 25 each for XBAR_R, at least 2 for XBAR_S; sizes may vary."))
            .Field("counts", "[Float!]", f => f.Description("P, NP: nonconforming items per sample, 0 to the sample size; C, U: defects per sample, non-negative."))
            .Field("sizes", "[Float!]", f => f.Description("P, NP: items inspected per sample; U: inspection units per sample (may be fractional). Positive, one per count."))
            .Field("phaseOneCount", "Int", f => f.Description("Phase I length k: the first k points estimate the limits; later points are judged against them (phase II). Null: every point estimates."))
            .Field("exclude", "[Int!]", f => f.Description("0-based indices left out of the estimation as assignable causes; they are still plotted and judged."))
            .Field("center", "Float", f => f.Description("A known centre instead of the estimate: μ0 for XMR, XBAR_R, XBAR_S, EWMA and CUSUM; p0 (a proportion) for P and NP; c0 for C; u0 for U."))
            .Field("sigma", "Float", f => f.Description("A known σ of one observation instead of the estimate (XMR, XBAR_R, XBAR_S, EWMA, CUSUM only; attribute charts derive σ from the centre)."))
            .Field("rules", "[RunRule!]", f => f
                .Description("The run rules to check; default NELSON_1 only, null means the default, an empty list checks none. Not used by CUSUM, whose signal is `beyondLimits`.")
                .DefaultLiteral("[NELSON_1]"))
            .Field("lambda", "Float", f => f
                .Description("EWMA: the smoothing weight λ in (0, 1]; default 0.2 (λ = 1 gives the individuals chart).")
                .DefaultValue(0.2))
            .Field("limitWidth", "Float", f => f
                .Description("The limit width L in σ of the plotted statistic, positive; default 3. Used by every kind but CUSUM.")
                .DefaultValue(3.0))
            .Field("k", "Float", f => f
                .Description("CUSUM: the reference value (allowance) in σ units, at least 0; default 0.5 (detects a 1σ shift).")
                .DefaultValue(0.5))
            .Field("h", "Float", f => f
                .Description("CUSUM: the decision interval in σ units, positive; default 5.")
                .DefaultValue(5.0)));
    }
}
