namespace CustomerComms.Analytics.Trends;

/// <summary>The Mann-Kendall test for a monotonic trend.</summary>
/// <param name="S">S = Σ_(i&lt;j) sign(x_j − x_i), counted exactly (O(n log n)).</param>
/// <param name="Variance">Var(S) = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)]/18, the sum over groups of t tied values.</param>
/// <param name="Z">(S − 1)/√Var for S &gt; 0, (S + 1)/√Var for S &lt; 0, 0 otherwise (continuity correction); 0 when Var = 0.</param>
/// <param name="PValue">Two-sided p-value 2·(1 − Φ(|Z|)) from the normal approximation (reliable from about n = 10); 1 when Var = 0.</param>
/// <param name="Tau">Kendall's τ-b between values and time: S/√([n(n−1)/2 − Σ t(t−1)/2]·n(n−1)/2); 0 when all values are tied.</param>
/// <param name="Count">Number of points n.</param>
public sealed record MannKendallTest(long S, double Variance, double Z, double PValue, double Tau, int Count);
