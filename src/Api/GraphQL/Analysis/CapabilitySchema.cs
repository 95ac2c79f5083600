using CustomerComms.Analytics.Capability;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>The process-capability types of the analysis schema.</summary>
internal static class CapabilitySchema
{
    public static ProcessCapability Resolve(ResolveContext context)
    {
        var input = new AnalysisInput(context.Argument<IReadOnlyDictionary<string, object?>>("input")!, AnalysisLimits.MaxPoints(context));
        if (input.Has("values") == input.Has("subgroups"))
        {
            throw UserInput.Error("Capability needs either `values` (individual observations in time order) or `subgroups`.");
        }

        var specification = new SpecificationLimits(input.Float("lowerSpec"), input.Float("upperSpec"), input.Float("target"));
        if (specification.Lower is null && specification.Upper is null)
        {
            throw UserInput.Error("Capability needs at least one specification limit: `lowerSpec` or `upperSpec`.");
        }

        if (input.Floats("values") is { } values)
        {
            return UserInput.Compute(() => CapabilityAnalysis.Analyze(values, specification));
        }

        var subgroups = input.Subgroups("subgroups")!;
        return UserInput.Compute(() => CapabilityAnalysis.AnalyzeSubgroups(subgroups, specification));
    }

    public static SchemaBuilder AddCapabilityTypes(this SchemaBuilder builder)
    {
        return builder
            .InputObject("CapabilityInput", input => input
                .Description("Observations of a process and its specification; give `values` or `subgroups`, and at least one specification limit.")
                .Field("values", "[Float!]", f => f.Description("Individual observations in time order, at least 2; σ_within = MR̄/d2(2)."))
                .Field("subgroups", "[[Float!]!]", f => f.Description("Subgroups of 2 to 25 observations; σ_within = mean of R_i/d2(n_i)."))
                .Field("lowerSpec", "Float", f => f.Description("Lower specification limit (LSL) in the units of the observations; null for an upper-only specification."))
                .Field("upperSpec", "Float", f => f.Description("Upper specification limit (USL); null for a lower-only specification. Must be above `lowerSpec`."))
                .Field("target", "Float", f => f.Description("Target value T for Cpm; default the midpoint of the limits.")))
            .Object<ProcessCapability>("Capability", type => type
                .Description("Capability indices (within σ, short term) and performance indices (overall σ, long term) against the specification; they assume an in-control, roughly normal process. An index that needs a missing limit is null.")
                .Field(c => c.Cp, f => f.Description("(USL − LSL)/(6σ_within); null unless both limits are given."))
                .Field(c => c.Cpk, f => f.Description("min(Cpu, Cpl) over the given limits, with σ_within."))
                .Field(c => c.Cpl, f => f.Description("(x̄ − LSL)/(3σ_within); null without a lower limit."))
                .Field(c => c.Cpu, f => f.Description("(USL − x̄)/(3σ_within); null without an upper limit."))
                .Field(c => c.Pp, f => f.Description("(USL − LSL)/(6σ_overall); null unless both limits are given."))
                .Field(c => c.Ppk, f => f.Description("min(Ppu, Ppl) over the given limits, with σ_overall."))
                .Field(c => c.Cpm, f => f.Description("Taguchi index Cp/√(1 + ((x̄ − T)/σ_within)²); null unless both limits are given."))
                .Field(c => c.Mean, f => f.Description("x̄, the mean of all observations."))
                .Field(c => c.SigmaWithin, f => f.Description("Short-term σ: MR̄/d2(2) for individual values, mean of R_i/d2(n_i) for subgroups, exact d2."))
                .Field(c => c.SigmaOverall, f => f.Description("Long-term σ: sample standard deviation of all observations (n − 1 divisor, no c4 correction)."))
                .Field(c => c.SigmaWithinEstimator, f => f.Description("The within-σ estimator and d2 convention, in words."))
                .Field("n", "Int!", ctx => ctx.ParentAs<ProcessCapability>().Count, f => f.Description("Number of observations.")));
    }
}
