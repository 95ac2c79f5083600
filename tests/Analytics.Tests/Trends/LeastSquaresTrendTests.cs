using CustomerComms.Analytics.Trends;

namespace CustomerComms.Analytics.Tests.Trends;

public sealed class LeastSquaresTrendTests
{
    // NIST StRD linear regression dataset "Norris" (36 observations, lower difficulty), y then x.
    private static readonly double[] NorrisY =
    [
        0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9, 559.2, 0.3, 0.1, 778.1, 668.8, 339.3, 448.9, 10.8,
        557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0, 998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2,
    ];

    private static readonly double[] NorrisX =
    [
        0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0, 558.2, 0.4, 0.6, 775.5, 666.9, 338.0, 447.5, 11.6,
        556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2, 999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5,
    ];

    [Fact]
    public void Fit_NistNorris_MatchesCertifiedValues()
    {
        OlsTrend fit = LeastSquaresTrend.Fit(NorrisY, NorrisX);

        // NIST certified values; relative tolerance 1e-10.
        Approx.Equal(1.00211681802045, fit.Slope, 1e-10, "slope");
        Approx.Equal(-0.262323073774029, fit.Intercept, 1e-10, "intercept");
        Approx.Equal(0.429796848199937E-03, fit.SlopeStandardError, 1e-13, "slope SE");
        Approx.Equal(0.232818234301152, fit.InterceptStandardError, 1e-10, "intercept SE");
        Approx.Equal(0.884796396144373, fit.ResidualStandardError, 1e-10, "residual SD");
        Approx.Equal(0.999993745883712, fit.RSquared, 1e-12, "R²");
        Assert.Equal(34, fit.DegreesOfFreedom);
    }

    [Fact]
    public void Fit_SmallHandWorkedExample_MatchesClosedForm()
    {
        // t̄ = 1.5, ȳ = 1, Sxx = 5, Sxy = 3 → b = 0.6, a = 0.1; residuals −0.1, 0.3, −0.3, 0.1 → SSE = 0.2, s² = 0.1.
        OlsTrend fit = LeastSquaresTrend.Fit([0, 1, 1, 2], [0, 1, 2, 3]);

        Approx.Equal(0.6, fit.Slope, 1e-14, "slope");
        Approx.Equal(0.1, fit.Intercept, 1e-14, "intercept");
        Approx.Equal(Math.Sqrt(0.02), fit.SlopeStandardError, 1e-14, "slope SE");
        Approx.Equal(Math.Sqrt(0.07), fit.InterceptStandardError, 1e-14, "intercept SE");
        Approx.Equal(0.9, fit.RSquared, 1e-14, "R²");
        // t = 0.6/√0.02 with 2 df: two-sided p = 1 − t/√(t² + 2); t(0.975, 2) = 4.302653.
        Approx.Equal(0.05131670194948612, fit.PValue, 1e-10, "p");
        Approx.Equal(0.6 - (4.30265272974946 * Math.Sqrt(0.02)), fit.SlopeLower, 1e-9, "slope lower");
        Approx.Equal(0.6 + (4.30265272974946 * Math.Sqrt(0.02)), fit.SlopeUpper, 1e-9, "slope upper");
    }

    [Fact]
    public void Fit_DefaultTimes_AreOneToN()
    {
        OlsTrend fit = LeastSquaresTrend.Fit([0, 1, 1, 2]);

        Approx.Equal(0.6, fit.Slope, 1e-14, "slope");
        Approx.Equal(-0.5, fit.Intercept, 1e-14, "intercept at t = 0");
    }

    [Fact]
    public void Fit_UnequallySpacedTimes_GiveSlopePerTimeUnit()
    {
        OlsTrend fit = LeastSquaresTrend.Fit([1, 2, 4, 5], [0, 10, 30, 40]);

        Approx.Equal(0.1, fit.Slope, 1e-14, "slope");
        Assert.Equal(0, fit.SlopeStandardError, 12);
    }

    [Fact]
    public void Fit_LargeTimeOffset_KeepsPrecision()
    {
        OlsTrend fit = LeastSquaresTrend.Fit([5, 7, 9], [1e9, 1e9 + 1, 1e9 + 2]);

        Approx.Equal(2, fit.Slope, 1e-9, "slope");
        Approx.Equal(-1999999995, fit.Intercept, 1e-3, "intercept");
    }

    [Fact]
    public void Fit_ConstantValues_GivesZeroSlopeAndPValueOne()
    {
        OlsTrend fit = LeastSquaresTrend.Fit([3, 3, 3, 3]);

        Assert.Equal(0, fit.Slope);
        Assert.Equal(1, fit.PValue);
        Assert.Equal(0, fit.RSquared);
        Assert.Equal(0, fit.SlopeLower);
        Assert.Equal(0, fit.SlopeUpper);
    }

    [Fact]
    public void Fit_PerfectLine_GivesPValueZeroAndRSquaredOne()
    {
        OlsTrend fit = LeastSquaresTrend.Fit([1, 3, 5, 7]);

        Assert.Equal(2, fit.Slope, 12);
        Assert.Equal(0, fit.PValue, 12);
        Assert.Equal(1, fit.RSquared, 12);
    }

    [Fact]
    public void Fit_TwoPoints_Throws()
    {
        Assert.Throws<ArgumentException>(() => LeastSquaresTrend.Fit([1, 2]));
    }

    [Fact]
    public void Fit_AllTimesEqual_Throws()
    {
        Assert.Throws<ArgumentException>(() => LeastSquaresTrend.Fit([1, 2, 3], [5, 5, 5]));
    }

    [Fact]
    public void Fit_ShiftedValues_KeepSlopeAndShiftIntercept()
    {
        OlsTrend original = LeastSquaresTrend.Fit(NorrisY, NorrisX);
        OlsTrend shifted = LeastSquaresTrend.Fit([.. NorrisY.Select(v => v + 50)], NorrisX);

        Approx.Equal(original.Slope, shifted.Slope, 1e-12, "slope");
        Approx.Equal(original.Intercept + 50, shifted.Intercept, 1e-9, "intercept");
        Approx.Equal(original.SlopeStandardError, shifted.SlopeStandardError, 1e-12, "slope SE");
    }
}
