using System.Text.Json;
using CustomerComms.Analytics.Constants;

namespace CustomerComms.Analytics.Tests.Constants;

public sealed class ControlChartConstantsTests
{
    private static readonly JsonElement Table = ReferenceData.Load("control_chart_constants.json").GetProperty("table");

    public static TheoryData<int> Sizes() => [.. Enumerable.Range(2, 24)];

    [Theory]
    [MemberData(nameof(Sizes))]
    public void For_EachSize_MatchesTheComputedTable(int n)
    {
        JsonElement row = Table.EnumerateArray().Single(r => r.GetProperty("n").GetInt32() == n);

        SubgroupConstants c = ControlChartConstants.For(n);

        // The table has 15 significant digits; derived factors agree to rounding of their inputs.
        const double Tolerance = 1e-11;
        Approx.Equal(row.At("d2").GetDouble(), c.RangeMean, Tolerance, "d2");
        Approx.Equal(row.At("d3").GetDouble(), c.RangeStandardDeviation, Tolerance, "d3");
        Approx.Equal(row.At("c4").GetDouble(), c.C4, Tolerance, "c4");
        Approx.Equal(row.At("A").GetDouble(), c.A, Tolerance, "A");
        Approx.Equal(row.At("A2").GetDouble(), c.A2, Tolerance, "A2");
        Approx.Equal(row.At("A3").GetDouble(), c.A3, Tolerance, "A3");
        Approx.Equal(row.At("B3").GetDouble(), c.B3, Tolerance, "B3");
        Approx.Equal(row.At("B4").GetDouble(), c.B4, Tolerance, "B4");
        Approx.Equal(row.At("B5").GetDouble(), c.B5, Tolerance, "B5");
        Approx.Equal(row.At("B6").GetDouble(), c.B6, Tolerance, "B6");
        Approx.Equal(row.At("D1").GetDouble(), c.D1, Tolerance, "D1");
        Approx.Equal(row.At("D2").GetDouble(), c.D2, Tolerance, "D2");
        Approx.Equal(row.At("D3").GetDouble(), c.D3, Tolerance, "D3");
        Approx.Equal(row.At("D4").GetDouble(), c.D4, Tolerance, "D4");
        Approx.Equal(row.At("E2").GetDouble(), c.E2, Tolerance, "E2");
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void For_ThreeDecimalTable_UsesThePrintedD2(int n)
    {
        JsonElement row = Table.EnumerateArray().Single(r => r.GetProperty("n").GetInt32() == n);

        SubgroupConstants c = ControlChartConstants.For(n, ConstantsConvention.ThreeDecimalTable);

        Assert.Equal(row.At("qcc_d2_table").GetDouble(), c.RangeMean);
        Assert.Equal(row.At("qcc_d3_table").GetDouble(), c.RangeStandardDeviation);
        Approx.Equal(row.At("d2").GetDouble(), c.RangeMean, 0.0005, "rounded d2 within half a unit of the third decimal");
    }

    [Fact]
    public void For_FivePerSubgroup_MatchesThePrintedTextbookFactors()
    {
        SubgroupConstants c = ControlChartConstants.For(5);

        // Montgomery, Appendix VI (n = 5), printed to 3–4 decimals.
        Approx.Equal(0.577, c.A2, 0.0005, "A2");
        Approx.Equal(1.427, c.A3, 0.0005, "A3");
        Approx.Equal(0.9400, c.C4, 0.00005, "c4");
        Approx.Equal(2.089, c.B4, 0.0005, "B4");
        Approx.Equal(2.326, c.RangeMean, 0.0005, "d2");
        Approx.Equal(0.864, c.RangeStandardDeviation, 0.0005, "d3");
        Approx.Equal(2.114, c.D4, 0.0005, "D4");
        Assert.Equal(0, c.D3);
    }

    [Fact]
    public void RangeMean_PairOfObservations_IsTwoOverRootPi()
    {
        Approx.Equal(2 / Math.Sqrt(Math.PI), ControlChartConstants.RangeMean(2), 1e-14, "d2(2)");
    }

    [Fact]
    public void C4_LargeSubgroup_IsComputedBeyondTheTable()
    {
        // c4 ≈ 4(n−1)/(4n−3) for large n.
        Approx.Equal(4.0 * 99 / 397, ControlChartConstants.C4(100), 1e-5, "c4(100)");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(26)]
    public void For_SizeOutsideTable_Throws(int n)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ControlChartConstants.For(n));
    }
}
