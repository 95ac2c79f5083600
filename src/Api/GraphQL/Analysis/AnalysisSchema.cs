using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>
/// Statistical analysis of data supplied in the request (DESIGN.md §5): control charts with run rules, trends,
/// process capability and customer metrics, computed by CustomerComms.Analytics.
/// </summary>
internal static class AnalysisSchema
{
    public static SchemaBuilder AddAnalysis(this SchemaBuilder builder)
    {
        return builder
            .Object<AnalysisRoot>("Analysis", type => type
                .Description(
                    "Computations on data supplied in the request; nothing is read from or written to the database. " +
                    "Every series may hold at most the configured maximum of points (`Analysis:MaxPoints`, default 100000). " +
                    "Bad input (missing or mismatched series, too few points, values out of range) gives a field error with `extensions.code` BAD_USER_INPUT. " +
                    "Results never contain NaN: an undefined value is null.")
                .Field("controlChart", "ControlChart!", ControlChartRequest.Resolve, f => f
                    .Description("A Shewhart, EWMA or CUSUM control chart with its limits, run-rule violations and, for XMR, XBAR_R and XBAR_S, the dispersion chart.")
                    .Argument("input", "ControlChartInput!", a => a.Description("The chart kind, its data and how the limits are estimated.")))
                .Field("trend", "TrendAnalysis!", TrendSchema.Resolve, f => f
                    .Description("Trend of one series: least-squares line, Mann-Kendall test and Sen's slope.")
                    .Argument("input", "TrendInput!", a => a.Description("The series and, optionally, its times.")))
                .Field("capability", "Capability!", CapabilitySchema.Resolve, f => f
                    .Description("Process capability (Cp, Cpk, Cpm with the within σ) and performance (Pp, Ppk with the overall σ) against specification limits.")
                    .Argument("input", "CapabilityInput!", a => a.Description("The observations and the specification.")))
                .Field("netPromoterScore", "NetPromoterScore!", CustomerMetricsSchema.ResolveNetPromoterScore, f => f
                    .Description("Net Promoter Score of 0–10 likelihood-to-recommend answers, with Wald and adjusted-Wald 95 % intervals.")
                    .Argument("scores", "[Int!]!", a => a.Description("The answers, each 0 to 10; at least one.")))
                .Field("customerSatisfaction", "CustomerSatisfaction!", CustomerMetricsSchema.ResolveCustomerSatisfaction, f => f
                    .Description("CSAT as the top-two-box percentage of answers on a 1..scaleMax scale, with a Wilson 95 % interval.")
                    .Argument("scores", "[Int!]!", a => a.Description("The answers, each 1 to scaleMax; at least one."))
                    .Argument("scaleMax", "Int!", a => a
                        .Description("The highest point of the answer scale, at least 3; answers of scaleMax − 1 and scaleMax count as satisfied.")
                        .DefaultValue(5))))
            .Query(query => query
                .Field("analysis", "Analysis!", _ => AnalysisRoot.Instance, f => f
                    .Description("Computations on data supplied in the request: control charts, trends, capability and customer metrics.")))
            .AddControlChartTypes()
            .AddTrendTypes()
            .AddCapabilityTypes()
            .AddCustomerMetricTypes();
    }
}
