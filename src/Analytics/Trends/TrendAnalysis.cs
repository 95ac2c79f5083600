namespace CustomerComms.Analytics.Trends;

/// <summary>The three trend views of one series: parametric (OLS), rank-based test (Mann-Kendall) and robust slope (Sen).</summary>
/// <param name="Ols">Least-squares line with inference.</param>
/// <param name="MannKendall">Mann-Kendall test of a monotonic trend.</param>
/// <param name="Sen">Theil-Sen slope with its 95 % interval.</param>
public sealed record TrendAnalysis(OlsTrend Ols, MannKendallTest MannKendall, SenSlope Sen);
