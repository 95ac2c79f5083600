using System.Text.Json;
using CustomerComms.Analytics.Constants;
using CustomerComms.Analytics.ControlCharts;

namespace CustomerComms.Analytics.Tests.ControlCharts;

public sealed class CusumChartTests
{
    private static readonly JsonElement Reference = ReferenceData.Load("ewma_cusum.json");

    [Fact]
    public void Build_MontgomeryTable91_MatchesReferenceAndTextbook()
    {
        JsonElement expected = Reference.At("montgomery_table_9_1", "cusum_k_0.5_h_5");

        ControlChart chart = CusumChart.Build(Reference.At("montgomery_table_9_1", "input").Doubles(), options: new ControlChartOptions { Center = 10, Sigma = 1 });

        AssertCusum(expected, chart);
        // Montgomery: first signal at period 29 with C+ = 5.28 and N+ = 7.
        ControlChartPoint first = chart.Points.First(p => p.BeyondLimits);
        Assert.Equal(28, first.Index);
        Approx.Equal(5.28, first.Cusum!.Upper, 0.005, "C+ at 29");
        Assert.Equal(7, first.Cusum.UpperRunLength);
    }

    [Fact]
    public void Build_MontgomeryRungerRawUnits_MatchPublishedSums()
    {
        JsonElement example = Reference.At("montgomery_runger_table_16_8");

        // μ0 = 99, K = 1, H = 10 in raw units = k 0.5, h 5 with σ = 2.
        ControlChart chart = CusumChart.Build(example.At("input").Doubles(), options: new ControlChartOptions { Center = 99, Sigma = 2 });

        AssertCusum(example.At("computed"), chart);
        Approx.AllEqual(example.At("published_sH").Doubles(), [.. chart.Points.Select(p => 2 * p.Cusum!.Upper)], 0.05, "published sH (1 decimal)");
        Approx.AllEqual(example.At("published_sL").Doubles(), [.. chart.Points.Select(p => 2 * p.Cusum!.Lower)], 0.05, "published sL (1 decimal)");
    }

    [Fact]
    public void Build_ViscosityWithEstimatedSigma_MatchesReference()
    {
        JsonElement input = ReferenceData.Load("individuals_xmr.json").At("viscosity", "input");

        ControlChart chart = CusumChart.Build(
            [.. input.At("phase1").Doubles(), .. input.At("phase2").Doubles()],
            options: new ControlChartOptions { PhaseOneCount = 20, Convention = ConstantsConvention.ThreeDecimalTable });

        AssertCusum(Reference.At("viscosity", "cusum_k_0.5_h_5"), chart);
    }

    [Fact]
    public void BuildFromSubgroups_PistonRings_MatchesReference()
    {
        JsonElement expected = Reference.At("pistonrings", "cusum_k_0.5_h_4");

        ControlChart chart = CusumChart.BuildFromSubgroups(
            XbarRChartTests.Subgroups(),
            h: 4,
            options: new ControlChartOptions { PhaseOneCount = 25, Convention = ConstantsConvention.ThreeDecimalTable });

        AssertCusum(expected, chart);
    }

    [Fact]
    public void Build_ConstantData_ThrowsBecauseSigmaIsZero()
    {
        Assert.Throws<ArgumentException>(() => CusumChart.Build([2, 2, 2, 2]));
    }

    [Fact]
    public void Build_Stages_RestartTheSums()
    {
        ControlChart chart = CusumChart.Build([3, 3, 3, 0], options: new ControlChartOptions { Center = 0, Sigma = 1, StageStarts = [3] });

        Approx.Equal(7.5, chart.Points[2].Cusum!.Upper, 1e-12, "C+ before the stage change");
        Assert.Equal(0, chart.Points[3].Cusum!.Upper);
    }

    private static void AssertCusum(JsonElement expected, ControlChart chart)
    {
        Approx.AllEqual(expected.At("statistics").Doubles(), [.. chart.Points.Select(p => p.Observation!.Value)], 1e-9, "observation");
        Approx.AllEqual(expected.At("C_plus_std").Doubles(), [.. chart.Points.Select(p => p.Cusum!.Upper)], 1e-9, "C+");
        Approx.AllEqual(expected.At("C_minus_std").Doubles(), [.. chart.Points.Select(p => p.Cusum!.Lower)], 1e-9, "C-");
        Assert.Equal(expected.At("N_plus").Doubles().Select(v => (int)v), chart.Points.Select(p => p.Cusum!.UpperRunLength));
        Assert.Equal(expected.At("N_minus").Doubles().Select(v => (int)v), chart.Points.Select(p => p.Cusum!.LowerRunLength));
        Assert.Equal(expected.At("signals_upper").ZeroBasedIndices(), chart.Points.Where(p => p.Cusum!.UpperSignal).Select(p => p.Index));
        Assert.Equal(expected.At("signals_lower").ZeroBasedIndices(), chart.Points.Where(p => p.Cusum!.LowerSignal).Select(p => p.Index));
        Assert.All(chart.Points, p => Assert.Equal(p.Cusum!.UpperSignal || p.Cusum.LowerSignal, p.BeyondLimits));
    }
}
