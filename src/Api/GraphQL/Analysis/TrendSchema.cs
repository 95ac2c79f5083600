using CustomerComms.Analytics.Trends;
using CustomerComms.GraphQL.Types;

namespace CustomerComms.Api.GraphQL.Analysis;

/// <summary>The trend types of the analysis schema: least squares, Mann-Kendall and Sen's slope of one series.</summary>
internal static class TrendSchema
{
    public static TrendAnalysis Resolve(ResolveContext context)
    {
        var input = new AnalysisInput(context.Argument<IReadOnlyDictionary<string, object?>>("input")!, AnalysisLimits.MaxPoints(context));
        var values = input.RequiredFloats("values", "A trend");
        var times = input.Floats("times");
        if (times is not null && times.Length != values.Length)
        {
            throw UserInput.Error(FormattableString.Invariant($"`times` must have one entry per value: {values.Length} values but {times.Length} times."));
        }

        return UserInput.Compute(() => TrendAnalyzer.Analyze(values, times));
    }

    public static SchemaBuilder AddTrendTypes(this SchemaBuilder builder)
    {
        return builder
            .InputObject("TrendInput", input => input
                .Description("One series in time order for a trend analysis.")
                .Field("values", "[Float!]!", f => f.Description("The observations, at least 3."))
                .Field("times", "[Float!]", f => f.Description("The time of each observation in any unit (e.g. months), strictly increasing, one per value; default 1, 2, …, n. Slopes are per unit of time.")))
            .Object<TrendAnalysis>("TrendAnalysis", type => type
                .Description("Three views of one trend: the least-squares line with inference (assumes normal, independent errors), the rank-based Mann-Kendall test, and Sen's robust slope.")
                .Field("ols", "OlsTrend!", ctx => ctx.ParentAs<TrendAnalysis>().Ols, f => f.Description("Ordinary least squares line y = intercept + slope·t."))
                .Field("mannKendall", "MannKendall!", ctx => ctx.ParentAs<TrendAnalysis>().MannKendall, f => f.Description("Mann-Kendall test of a monotonic trend."))
                .Field("sen", "SenSlope!", ctx => ctx.ParentAs<TrendAnalysis>().Sen, f => f.Description("Theil-Sen slope with its 95 % confidence interval.")))
            .Object<OlsTrend>("OlsTrend", type => type
                .Description("Ordinary least squares line y = intercept + slope·t with inference on n − 2 degrees of freedom.")
                .Field(o => o.Slope, f => f.Description("Change in y per unit of time."))
                .Field(o => o.Intercept, f => f.Description("Fitted y at t = 0."))
                .Field(o => o.SlopeStandardError, f => f.Description("Standard error of the slope, s/√Sxx with s² = SSE/(n − 2)."))
                .Field(o => o.InterceptStandardError, f => f.Description("Standard error of the intercept, s·√(1/n + t̄²/Sxx)."))
                .Field(o => o.SlopeLower, f => f.Description("Lower bound of the 95 % confidence interval of the slope (Student t, n − 2 degrees of freedom)."))
                .Field(o => o.SlopeUpper, f => f.Description("Upper bound of the 95 % confidence interval of the slope."))
                .Field(o => o.InterceptLower, f => f.Description("Lower bound of the 95 % confidence interval of the intercept."))
                .Field(o => o.InterceptUpper, f => f.Description("Upper bound of the 95 % confidence interval of the intercept."))
                .Field(o => o.PValue, f => f.Description("Two-sided p-value of H0: slope = 0 (Student t, n − 2 degrees of freedom)."))
                .Field(o => o.RSquared, f => f.Description("Coefficient of determination 1 − SSE/SST; 0 when y is constant."))
                .Field(o => o.ResidualStandardError, f => f.Description("Residual standard error s = √(SSE/(n − 2))."))
                .Field("n", "Int!", ctx => ctx.ParentAs<OlsTrend>().Count, f => f.Description("Number of points.")))
            .Object<MannKendallTest>("MannKendall", type => type
                .Description("The Mann-Kendall test for a monotonic trend, with tie correction.")
                .Field("s", "Float!", ctx => (double)ctx.ParentAs<MannKendallTest>().S, f => f.Description("S = Σ_(i<j) sign(x_j − x_i), an integer."))
                .Field(m => m.Variance, f => f.Description("Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18, summed over groups of t tied values."))
                .Field(m => m.Z, f => f.Description("(S − 1)/√Var for S > 0, (S + 1)/√Var for S < 0, 0 otherwise (continuity correction); 0 when Var = 0."))
                .Field(m => m.PValue, f => f.Description("Two-sided p-value 2·(1 − Φ(|Z|)) from the normal approximation (reliable from about n = 10); 1 when Var = 0."))
                .Field(m => m.Tau, f => f.Description("Kendall's τ-b between values and time, from −1 to 1; 0 when all values are tied."))
                .Field("n", "Int!", ctx => ctx.ParentAs<MannKendallTest>().Count, f => f.Description("Number of points.")))
            .Object<SenSlope>("SenSlope", type => type
                .Description("The Theil-Sen slope: the median of all pairwise slopes, robust to outliers.")
                .Field(s => s.Slope, f => f.Description("Median of (y_j − y_i)/(t_j − t_i) over all pairs i < j, per unit of time."))
                .Field(s => s.Intercept, f => f.Description("Median of y_i − slope·t_i (Conover's intercept)."))
                .Field(s => s.Lower, f => f.Description("Lower bound of the 95 % confidence interval of the slope (Gilbert 1987, from the Mann-Kendall variance with tie correction)."))
                .Field(s => s.Upper, f => f.Description("Upper bound of the 95 % confidence interval of the slope."))
                .Field(s => s.ConfidenceLevel, f => f.Description("The two-sided confidence level of the bounds, 0.95.")));
    }
}
