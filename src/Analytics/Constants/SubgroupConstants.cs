namespace CustomerComms.Analytics.Constants;

/// <summary>The control-chart constants for one subgroup size (see <see cref="ControlChartConstants"/> for formulas).</summary>
/// <param name="SubgroupSize">Observations per subgroup, n.</param>
/// <param name="Convention">Which d2/d3 values the row was built from.</param>
/// <param name="RangeMean">d2: expected range of n standard normal observations.</param>
/// <param name="RangeStandardDeviation">d3: standard deviation of that range.</param>
/// <param name="C4">c4: E[s]/σ with s using the n−1 divisor.</param>
/// <param name="A">X̄ limits from a known σ: μ ± A·σ.</param>
/// <param name="A2">X̄ limits from the average range: X̿ ± A2·R̄.</param>
/// <param name="A3">X̄ limits from the average standard deviation: X̿ ± A3·s̄.</param>
/// <param name="B3">S chart lower factor on s̄ (floored at 0).</param>
/// <param name="B4">S chart upper factor on s̄.</param>
/// <param name="B5">S chart lower factor on a known σ (floored at 0).</param>
/// <param name="B6">S chart upper factor on a known σ.</param>
/// <param name="D1">R chart lower factor on a known σ (floored at 0).</param>
/// <param name="D2">R chart upper factor on a known σ (capital D2, not d2).</param>
/// <param name="D3">R chart lower factor on R̄ (floored at 0; capital D3, not d3).</param>
/// <param name="D4">R chart upper factor on R̄.</param>
/// <param name="E2">Individuals limits from the average moving range: x̄ ± E2·MR̄ (use the n = 2 row).</param>
public sealed record SubgroupConstants(
    int SubgroupSize,
    ConstantsConvention Convention,
    double RangeMean,
    double RangeStandardDeviation,
    double C4,
    double A,
    double A2,
    double A3,
    double B3,
    double B4,
    double B5,
    double B6,
    double D1,
    double D2,
    double D3,
    double D4,
    double E2);
