namespace CustomerComms.Analytics.Trends;

/// <summary>An ordinary-least-squares line y = intercept + slope·t with its inference (normal errors assumed).</summary>
/// <param name="Slope">Change in y per unit of time.</param>
/// <param name="Intercept">Fitted y at t = 0.</param>
/// <param name="SlopeStandardError">s/√Sxx, with s² = SSE/(n − 2).</param>
/// <param name="InterceptStandardError">s·√(1/n + t̄²/Sxx).</param>
/// <param name="SlopeLower">Lower bound of the 95 % confidence interval of the slope (Student t, n − 2 degrees of freedom).</param>
/// <param name="SlopeUpper">Upper bound of the 95 % confidence interval of the slope.</param>
/// <param name="InterceptLower">Lower bound of the 95 % confidence interval of the intercept.</param>
/// <param name="InterceptUpper">Upper bound of the 95 % confidence interval of the intercept.</param>
/// <param name="PValue">Two-sided p-value of H0: slope = 0 (Student t, n − 2 degrees of freedom).</param>
/// <param name="RSquared">Coefficient of determination 1 − SSE/SST; 0 when y is constant.</param>
/// <param name="ResidualStandardError">s = √(SSE/(n − 2)).</param>
/// <param name="Count">Number of points n.</param>
public sealed record OlsTrend(
    double Slope,
    double Intercept,
    double SlopeStandardError,
    double InterceptStandardError,
    double SlopeLower,
    double SlopeUpper,
    double InterceptLower,
    double InterceptUpper,
    double PValue,
    double RSquared,
    double ResidualStandardError,
    int Count)
{
    /// <summary>Residual degrees of freedom, n − 2.</summary>
    public int DegreesOfFreedom => Count - 2;
}
