namespace CustomerComms.Analytics.Trends;

/// <summary>Runs OLS, Mann-Kendall and Sen's slope on one series.</summary>
public static class TrendAnalyzer
{
    /// <summary>Analyses a series in time order.</summary>
    /// <param name="values">Observations, at least 3.</param>
    /// <param name="times">Strictly increasing times in any unit; null means 1, 2, …, n.</param>
    /// <exception cref="ArgumentException">Fewer than 3 values, non-finite input, mismatched lengths or times not strictly increasing.</exception>
    public static TrendAnalysis Analyze(IReadOnlyList<double> values, IReadOnlyList<double>? times = null)
    {
        TrendInput.Read(values, times, minimumCount: 3, requireIncreasingTimes: true);
        return new TrendAnalysis(
            LeastSquaresTrend.Fit(values, times),
            MannKendall.Test(values),
            SenSlopeEstimator.Estimate(values, times));
    }
}
