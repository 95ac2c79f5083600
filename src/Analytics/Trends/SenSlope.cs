namespace CustomerComms.Analytics.Trends;

/// <summary>The Theil-Sen slope: the median of all pairwise slopes, robust to outliers.</summary>
/// <param name="Slope">Median of (y_j − y_i)/(t_j − t_i) over all pairs i &lt; j (the mean of the two middle slopes when their number is even).</param>
/// <param name="Intercept">Median of y_i − Slope·t_i (Conover's intercept).</param>
/// <param name="Lower">Lower confidence bound: the pairwise slope of rank round((N − C)/2), C = z·√Var(S) (Gilbert 1987; N pairs, Var(S) with tie correction).</param>
/// <param name="Upper">Upper confidence bound: the pairwise slope of rank round((N + C)/2) + 1; ranks are clamped to 1..N.</param>
/// <param name="ConfidenceLevel">The two-sided confidence level of the bounds, e.g. 0.95.</param>
public sealed record SenSlope(double Slope, double Intercept, double Lower, double Upper, double ConfidenceLevel);
