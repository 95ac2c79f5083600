namespace CustomerComms.Analytics.Constants;

/// <summary>
/// Shewhart control-chart constants for subgroup sizes 2 to 25 (d2, d3, c4 and the factors derived from them:
/// A, A2, A3, B3–B6, D1–D4, E2).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="ConstantsConvention.Exact"/> uses d2 and d3 evaluated from first principles (expected value and standard
/// deviation of the range of n independent standard normal variables, by numerical integration) to 15 significant
/// digits; the printed tables (ASTM E2587, Montgomery Appendix VI, NIST handbook) are these values rounded to
/// 3–4 decimals. <see cref="ConstantsConvention.ThreeDecimalTable"/> uses d2 rounded to three decimals, as printed,
/// with d3 to seven decimals — the pair used by R's qcc package, so charts reproduce its limits exactly
/// (e.g. individuals limits are x̄ ± 2.659574·MR̄ instead of x̄ ± 2.658681·MR̄).
/// </para>
/// <para>
/// c4 = √(2/(n−1))·Γ(n/2)/Γ((n−1)/2) is always computed exactly (it is defined for every n ≥ 2, so
/// <see cref="C4"/> accepts any n ≥ 2). The factors follow the textbook formulas:
/// A = 3/√n, A2 = 3/(d2√n), A3 = 3/(c4√n), B3 = max(0, 1 − 3√(1−c4²)/c4), B4 = 1 + 3√(1−c4²)/c4,
/// B5 = max(0, c4 − 3√(1−c4²)), B6 = c4 + 3√(1−c4²), D1 = max(0, d2 − 3d3), D2 = d2 + 3d3,
/// D3 = max(0, 1 − 3d3/d2), D4 = 1 + 3d3/d2, E2 = 3/d2.
/// </para>
/// </remarks>
public static class ControlChartConstants
{
    /// <summary>The smallest subgroup size with tabulated range constants.</summary>
    public const int MinimumSubgroupSize = 2;

    /// <summary>The largest subgroup size with tabulated range constants.</summary>
    public const int MaximumSubgroupSize = 25;

    // E[range] of n iid N(0,1), n = 2..25.
    private static readonly double[] ExactD2 =
    [
        1.12837916709551, 1.69256875064327, 2.05875074600793, 2.32592894728104,
        2.53441272122294, 2.70435675121381, 2.84720061209056, 2.97002632441847,
        3.07750546167035, 3.172872703816, 3.25845527974383, 3.33598035409825,
        3.40676310819995, 3.47182688988207, 3.53198278610957, 3.58788396176538,
        3.64006375793744, 3.68896302320765, 3.73495011959664, 3.77833582984262,
        3.81938464336283, 3.85832342328501, 3.89534814845136, 3.93062921950711,
    ];

    // SD[range] of n iid N(0,1), n = 2..25.
    private static readonly double[] ExactD3 =
    [
        0.852502466427412, 0.888368004045203, 0.879808202824976, 0.864081941099491,
        0.848039686117488, 0.833205335622284, 0.819831489791939, 0.807834274553317,
        0.797050673519402, 0.787314620550321, 0.778478341203386, 0.770416202063759,
        0.763023095624782, 0.756211429727958, 0.749908089409909, 0.744051783960726,
        0.738590853378177, 0.733481495518855, 0.728686345707303, 0.724173340717517,
        0.719914808434219, 0.715886735491825, 0.712068175147947, 0.708440765888668,
    ];

    private static readonly double[] TableD2 =
    [
        1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078, 3.173, 3.258, 3.336, 3.407, 3.472, 3.532, 3.588, 3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931,
    ];

    private static readonly double[] TableD3 =
    [
        0.8525033, 0.8883697, 0.8798108, 0.8640855,
        0.8480442, 0.8332108, 0.8198378, 0.8078413,
        0.7970584, 0.7873230, 0.7784873, 0.7704257,
        0.7630330, 0.7562217, 0.7499188, 0.7440627,
        0.7386021, 0.7334929, 0.7286980, 0.7241851,
        0.7199267, 0.7158987, 0.7120802, 0.7084528,
    ];

    /// <summary>Returns every constant for subgroups of <paramref name="subgroupSize"/> observations.</summary>
    /// <param name="subgroupSize">Observations per subgroup, 2 to 25.</param>
    /// <param name="convention">Which d2/d3 values to use; c4 is exact in both conventions.</param>
    /// <exception cref="ArgumentOutOfRangeException">The size is outside 2–25.</exception>
    public static SubgroupConstants For(int subgroupSize, ConstantsConvention convention = ConstantsConvention.Exact)
    {
        double d2 = RangeMean(subgroupSize, convention);
        double d3 = RangeStandardDeviation(subgroupSize, convention);
        double c4 = C4(subgroupSize);
        double rootN = Math.Sqrt(subgroupSize);
        double sOverSigma = Math.Sqrt(1 - (c4 * c4));
        return new SubgroupConstants(
            SubgroupSize: subgroupSize,
            Convention: convention,
            RangeMean: d2,
            RangeStandardDeviation: d3,
            C4: c4,
            A: 3 / rootN,
            A2: 3 / (d2 * rootN),
            A3: 3 / (c4 * rootN),
            B3: Math.Max(0, 1 - (3 * sOverSigma / c4)),
            B4: 1 + (3 * sOverSigma / c4),
            B5: Math.Max(0, c4 - (3 * sOverSigma)),
            B6: c4 + (3 * sOverSigma),
            D1: Math.Max(0, d2 - (3 * d3)),
            D2: d2 + (3 * d3),
            D3: Math.Max(0, 1 - (3 * d3 / d2)),
            D4: 1 + (3 * d3 / d2),
            E2: 3 / d2);
    }

    /// <summary>d2: the expected range of <paramref name="subgroupSize"/> standard normal observations.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is outside 2–25.</exception>
    public static double RangeMean(int subgroupSize, ConstantsConvention convention = ConstantsConvention.Exact)
    {
        int row = TableRow(subgroupSize);
        return convention == ConstantsConvention.Exact ? ExactD2[row] : TableD2[row];
    }

    /// <summary>d3: the standard deviation of the range of <paramref name="subgroupSize"/> standard normal observations.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is outside 2–25.</exception>
    public static double RangeStandardDeviation(int subgroupSize, ConstantsConvention convention = ConstantsConvention.Exact)
    {
        int row = TableRow(subgroupSize);
        return convention == ConstantsConvention.Exact ? ExactD3[row] : TableD3[row];
    }

    /// <summary>
    /// c4 = E[s]/σ for samples of <paramref name="subgroupSize"/> normal observations (s with the n−1 divisor),
    /// computed from the gamma function for any size of at least 2.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is below 2.</exception>
    public static double C4(int subgroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(subgroupSize, MinimumSubgroupSize);
        double n = subgroupSize;
        double logRatio = MathNet.Numerics.SpecialFunctions.GammaLn(n / 2) - MathNet.Numerics.SpecialFunctions.GammaLn((n - 1) / 2);
        return Math.Sqrt(2 / (n - 1)) * Math.Exp(logRatio);
    }

    private static int TableRow(int subgroupSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(subgroupSize, MinimumSubgroupSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(subgroupSize, MaximumSubgroupSize);
        return subgroupSize - MinimumSubgroupSize;
    }
}
