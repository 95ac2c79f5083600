using CustomerComms.Analytics.ControlCharts;
using CustomerComms.Analytics.RunRules;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>The control-chart types of the analysis schema: kinds, run rules, the input and the chart with its points.</summary>
internal static class ControlChartSchema
{
    public static SchemaBuilder AddControlChartTypes(this SchemaBuilder builder)
    {
        return builder
            .Enum("ControlChartKind", e => e
                .Description("The kind of a control chart.")
                .Value("XMR", ControlChartKind.Individuals, "Individuals chart of single observations, with the moving-range chart; σ = MR̄/d2(2) with the exact d2(2) = 2/√π.")
                .Value("XBAR_R", ControlChartKind.XbarR, "Chart of subgroup means with the range chart; σ = mean of R_i/d2(n_i), subgroups of 2 to 25.")
                .Value("XBAR_S", ControlChartKind.XbarS, "Chart of subgroup means with the standard-deviation chart; s_i with the n − 1 divisor, σ = mean of s_i/c4(n_i).")
                .Value("P", ControlChartKind.P, "Proportion nonconforming per sample, sample sizes may vary; limits p̄ ± L·√(p̄(1 − p̄)/n_i).")
                .Value("NP", ControlChartKind.Np, "Number nonconforming per sample; limits n_i·p̄ ± L·√(n_i·p̄(1 − p̄)).")
                .Value("C", ControlChartKind.C, "Count of defects per sample of constant area of opportunity; limits c̄ ± L·√c̄.")
                .Value("U", ControlChartKind.U, "Defects per unit inspected, sample sizes may vary; limits ū ± L·√(ū/n_i).")
                .Value("EWMA", ControlChartKind.Ewma, "Exponentially weighted moving average with exact time-varying limits.")
                .Value("CUSUM", ControlChartKind.Cusum, "Tabular two-sided cumulative sum in standardized (σ) units."))
            .Enum("RunRule", e => e
                .Description("A run rule: a pattern of points that signals a special cause. Zones are measured in σ of the plotted statistic at each point. The point that completes a pattern is flagged, and every later point while the pattern continues; a point exactly on the centre line breaks a run.")
                .Value("NELSON_1", RunRule.Nelson1, "One point strictly beyond a control limit.")
                .Value("NELSON_2", RunRule.Nelson2, "Nine points in a row on the same side of the centre line.")
                .Value("NELSON_3", RunRule.Nelson3, "Six points in a row strictly increasing or strictly decreasing.")
                .Value("NELSON_4", RunRule.Nelson4, "Fourteen points in a row alternating up and down.")
                .Value("NELSON_5", RunRule.Nelson5, "Two of three consecutive points more than 2σ from the centre line on the same side.")
                .Value("NELSON_6", RunRule.Nelson6, "Four of five consecutive points more than 1σ from the centre line on the same side.")
                .Value("NELSON_7", RunRule.Nelson7, "Fifteen points in a row within 1σ of the centre line.")
                .Value("NELSON_8", RunRule.Nelson8, "Eight points in a row more than 1σ from the centre line, on either side.")
                .Value("WESTERN_ELECTRIC_1", RunRule.WesternElectric1, "One point strictly beyond a control limit.")
                .Value("WESTERN_ELECTRIC_2", RunRule.WesternElectric2, "Two of three consecutive points more than 2σ from the centre line on the same side.")
                .Value("WESTERN_ELECTRIC_3", RunRule.WesternElectric3, "Four of five consecutive points more than 1σ from the centre line on the same side.")
                .Value("WESTERN_ELECTRIC_4", RunRule.WesternElectric4, "Eight points in a row on the same side of the centre line."))
            .Enum("PlottedStatistic", e => e
                .Description("What the points of a chart plot.")
                .Value("OBSERVATION", ControlChartKind.Individuals, "The individual observation (XMR).")
                .Value("MOVING_RANGE", ControlChartKind.MovingRange, "|x_i − x_(i−1)|, the moving range of two consecutive observations.")
                .Value("SUBGROUP_MEAN_R", ControlChartKind.XbarR, "The subgroup mean, judged with σ from ranges (XBAR_R).")
                .Value("SUBGROUP_RANGE", ControlChartKind.Range, "The subgroup range, max − min.")
                .Value("SUBGROUP_MEAN_S", ControlChartKind.XbarS, "The subgroup mean, judged with σ from standard deviations (XBAR_S).")
                .Value("SUBGROUP_STANDARD_DEVIATION", ControlChartKind.StandardDeviation, "The subgroup standard deviation (n − 1 divisor).")
                .Value("PROPORTION", ControlChartKind.P, "The proportion nonconforming D_i/n_i.")
                .Value("NONCONFORMING_COUNT", ControlChartKind.Np, "The number nonconforming D_i.")
                .Value("DEFECT_COUNT", ControlChartKind.C, "The number of defects per sample.")
                .Value("DEFECT_RATE", ControlChartKind.U, "Defects per unit inspected, x_i/n_i.")
                .Value("EWMA", ControlChartKind.Ewma, "The EWMA z_i.")
                .Value("STANDARDIZED_OBSERVATION", ControlChartKind.Cusum, "The standardized observation y_i = (x̄_i − μ0)/(σ/√n_i) of a CUSUM."))
            .AddControlChartInput()
            .Object<ControlChart>("ControlChart", type => type
                .Description("A computed control chart. Limits are frozen from phase I when `phaseOneCount` is given; excluded points do not enter the estimates but are still plotted and judged.")
                .Field("kind", "ControlChartKind!", ctx => ChartKindOf(ctx.ParentAs<ControlChart>().Kind), f => f
                    .Description("The chart kind; a `rangeChart` carries the kind of the chart it accompanies (see `statistic`)."))
                .Field("statistic", "PlottedStatistic!", ctx => ctx.ParentAs<ControlChart>().Kind, f => f
                    .Description("What the points plot; tells the moving-range, R and S charts from their main chart."))
                .Field(c => c.Center, f => f.Description(
                    "The process centre from phase I (or the given `center`): the mean for XMR, XBAR_R, XBAR_S, EWMA and CUSUM; p̄ for P and NP (a proportion); c̄ for C; ū for U (defects per unit); for a `rangeChart`, the mean moving range, R̄ or s̄."))
                .Field(c => c.Sigma, f => f.Description(
                    "The process σ from phase I (or the given `sigma`): σ of one observation for XMR, XBAR_R, XBAR_S, EWMA and CUSUM; √(p̄(1 − p̄)) of one unit for P; √(n̄·p̄(1 − p̄)) at the mean sample size for NP; √c̄ for C; √ū of one unit for U. Point limits divide by √n_i where the sample size enters."))
                .Field("points", "[ControlChartPoint!]!", ctx => ctx.ParentAs<ControlChart>().Points, f => f
                    .Description("Every input point in input order, excluded ones included; the moving-range chart starts at index 1."))
                .Field("rangeChart", "ControlChart", ctx => ctx.ParentAs<ControlChart>().RangeChart, f => f
                    .Description("The dispersion chart: for XMR the moving-range chart, for XBAR_R the R chart, for XBAR_S the S chart; null for other kinds. Its lower limit is floored at 0."))
                .Field(c => c.Conventions, f => f.Description("The estimators, constants and limit formulas used, in words.")))
            .Object<ControlChartPoint>("ControlChartPoint", type => type
                .Description("One plotted point with the limits it is judged against.")
                .Field(p => p.Index, f => f.Description("0-based position of the observation, subgroup or sample in the input."))
                .Field(p => p.Value, f => f.Description(
                    "The plotted statistic: the observation, subgroup mean, proportion, count, rate, EWMA value or, for CUSUM, the standardized observation (x̄_i − μ0)/(σ/√n_i); on a `rangeChart`, the moving range, range or standard deviation."))
                .Field(p => p.Center, f => f.Description("The centre line at this point (n_i·p̄ for NP; 0 for CUSUM)."))
                .Field(p => p.LowerLimit, f => f.Description("The lower control limit at this point, centre − L·σ of the statistic; floored at 0 for R, S, P, NP, C and U; −h for CUSUM."))
                .Field(p => p.UpperLimit, f => f.Description("The upper control limit at this point, centre + L·σ of the statistic; h for CUSUM."))
                .Field(p => p.Sigma, f => f.Description("σ of the plotted statistic at this point (the zone width the run rules use)."))
                .Field(p => p.BeyondLimits, f => f.Description("The statistic is strictly above the upper or strictly below the lower limit; a point on a limit is not beyond. For CUSUM: either sum strictly above h."))
                .Field("violations", "[RunRule!]!", ctx => ctx.ParentAs<ControlChartPoint>().Violations, f => f
                    .Description("The selected run rules this point violates, in declaration order; empty if none (always empty for CUSUM)."))
                .Field(p => p.PhaseTwo, f => f.Description("The point lies after the first `phaseOneCount` points, or the limits come from a known `center` and `sigma`: it is judged against frozen limits."))
                .Field(p => p.Excluded, f => f.Description("The point was left out of the estimation (listed in `exclude`); it is still plotted and judged."))
                .Field("observation", "Float", ctx => ctx.ParentAs<ControlChartPoint>().Observation, f => f
                    .Description("EWMA and CUSUM: the raw observation or subgroup mean behind the point; null for other kinds."))
                .Field("cusumUpper", "Float", ctx => ctx.ParentAs<ControlChartPoint>().Cusum?.Upper, f => f
                    .Description("CUSUM: the upper sum C⁺_i = max(0, C⁺_(i−1) + y_i − k) in σ units; null for other kinds."))
                .Field("cusumLower", "Float", ctx => ctx.ParentAs<ControlChartPoint>().Cusum?.Lower, f => f
                    .Description("CUSUM: the lower sum C⁻_i = max(0, C⁻_(i−1) − y_i − k) in σ units, as a non-negative number; null for other kinds.")));
    }

    // The dispersion charts carry the kind of the chart they belong to: the kinds name what an analyst asks for.
    private static ControlChartKind ChartKindOf(ControlChartKind kind) => kind switch
    {
        ControlChartKind.MovingRange => ControlChartKind.Individuals,
        ControlChartKind.Range => ControlChartKind.XbarR,
        ControlChartKind.StandardDeviation => ControlChartKind.XbarS,
        _ => kind,
    };
}
