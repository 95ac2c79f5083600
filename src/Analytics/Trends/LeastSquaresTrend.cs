using MathNet.Numerics.Distributions;

namespace CustomerComms.Analytics.Trends;

/// <summary>Fits an ordinary-least-squares trend line to a series, on equally or unequally spaced times.</summary>
public static class LeastSquaresTrend
{
    /// <summary>Fits y = a + b·t.</summary>
    /// <param name="values">The observations y_i.</param>
    /// <param name="times">
    /// The time of each observation in any unit (the slope is per that unit), in any order, repeats allowed;
    /// null means 1, 2, …, n.
    /// </param>
    /// <returns>
    /// The fit. Sums of squares are accumulated about the means (two-pass), so large time values (e.g. years or
    /// day numbers) do not lose precision. A perfect fit has standard errors 0, a degenerate interval at the
    /// estimate, and p-value 0 (1 when the slope is also 0, i.e. constant y).
    /// </returns>
    /// <exception cref="ArgumentException">Fewer than 3 points, non-finite input, mismatched lengths, or all times equal.</exception>
    public static OlsTrend Fit(IReadOnlyList<double> values, IReadOnlyList<double>? times = null)
    {
        (double[] y, double[] t) = TrendInput.Read(values, times, minimumCount: 3, requireIncreasingTimes: false);
        int n = y.Length;
        double meanT = t.Average();
        double meanY = y.Average();
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++)
        {
            double dt = t[i] - meanT;
            double dy = y[i] - meanY;
            sxx += dt * dt;
            sxy += dt * dy;
            syy += dy * dy;
        }

        if (sxx == 0)
        {
            throw new ArgumentException("All times are equal; a slope cannot be estimated.", nameof(times));
        }

        double slope = sxy / sxx;
        double intercept = meanY - (slope * meanT);
        double sse = 0;
        for (int i = 0; i < n; i++)
        {
            double residual = y[i] - (intercept + (slope * t[i]));
            sse += residual * residual;
        }

        int df = n - 2;
        double s = Math.Sqrt(sse / df);
        double slopeSe = s / Math.Sqrt(sxx);
        double interceptSe = s * Math.Sqrt((1.0 / n) + (meanT * meanT / sxx));
        double tCritical = StudentT.InvCDF(0, 1, df, 0.975);
        double pValue = slopeSe > 0
            ? 2 * StudentT.CDF(0, 1, df, -Math.Abs(slope / slopeSe))
            : slope == 0 ? 1 : 0;
        double rSquared = syy > 0 ? Math.Clamp(1 - (sse / syy), 0, 1) : 0;
        return new OlsTrend(
            slope,
            intercept,
            slopeSe,
            interceptSe,
            slope - (tCritical * slopeSe),
            slope + (tCritical * slopeSe),
            intercept - (tCritical * interceptSe),
            intercept + (tCritical * interceptSe),
            pValue,
            rSquared,
            s,
            n);
    }
}
