using System.Text.Json;
using CustomerComms.Analytics.Constants;
using CustomerComms.Analytics.ControlCharts;

namespace CustomerComms.Analytics.Tests.ControlCharts;

public sealed class EwmaChartTests
{
    private static readonly JsonElement Reference = ReferenceData.Load("ewma_cusum.json");

    [Fact]
    public void Build_MontgomeryTable91_MatchesReference()
    {
        JsonElement expected = Reference.At("montgomery_table_9_1", "ewma_lambda_0.1_L_2.7");

        ControlChart chart = EwmaChart.Build(
            Reference.At("montgomery_table_9_1", "input").Doubles(),
            lambda: 0.1,
            new ControlChartOptions { Center = 10, Sigma = 1, LimitWidth = 2.7 });

        AssertEwma(expected, chart);
    }

    [Fact]
    public void Build_ViscosityWithEstimatedSigma_MatchesReference()
    {
        JsonElement expected = Reference.At("viscosity", "ewma_lambda_0.2_L_3");
        JsonElement input = ReferenceData.Load("individuals_xmr.json").At("viscosity", "input");
        double[] values = [.. input.At("phase1").Doubles(), .. input.At("phase2").Doubles()];

        ControlChart chart = EwmaChart.Build(values, options: new ControlChartOptions
        {
            PhaseOneCount = 20,
            Convention = ConstantsConvention.ThreeDecimalTable,
        });

        Approx.Equal(expected.At("center").GetDouble(), chart.Center, 1e-9, "centre");
        Approx.Equal(expected.At("std_dev").GetDouble(), chart.Sigma, 1e-9, "sigma");
        AssertEwma(expected, chart);
    }

    [Fact]
    public void BuildFromSubgroups_PistonRingsWithEstimatedSigma_MatchesReference()
    {
        JsonElement expected = Reference.At("pistonrings", "ewma_lambda_0.2_L_3");

        ControlChart chart = EwmaChart.BuildFromSubgroups(XbarRChartTests.Subgroups(), options: new ControlChartOptions
        {
            PhaseOneCount = 25,
            Convention = ConstantsConvention.ThreeDecimalTable,
        });

        Approx.Equal(expected.At("std_dev").GetDouble(), chart.Sigma, 1e-12, "sigma");
        AssertEwma(expected, chart);
    }

    [Fact]
    public void Build_LimitsWiden_TowardsAsymptoticLimits()
    {
        ControlChart chart = EwmaChart.Build(new double[200], lambda: 0.2, new ControlChartOptions { Center = 0, Sigma = 1 });

        double asymptotic = 3 * Math.Sqrt(0.2 / 1.8);
        Assert.True(chart.Points[0].UpperLimit < chart.Points[1].UpperLimit);
        Approx.Equal(3 * 0.2, chart.Points[0].UpperLimit, 1e-12, "first limit = Lλσ");
        Approx.Equal(asymptotic, chart.Points[^1].UpperLimit, 1e-12, "asymptotic limit");
    }

    [Fact]
    public void Build_LambdaOne_IsTheIndividualsChart()
    {
        double[] values = [3, 5, 4, 9, 1];

        ControlChart chart = EwmaChart.Build(values, lambda: 1, new ControlChartOptions { Center = 4, Sigma = 1 });

        Assert.Equal(values, chart.Points.Select(p => p.Value));
        Assert.All(chart.Points, p => Approx.Equal(7, p.UpperLimit, 1e-12, "UCL"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Build_LambdaOutOfRange_Throws(double lambda)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EwmaChart.Build([1, 2, 3], lambda));
    }

    private static void AssertEwma(JsonElement expected, ControlChart chart)
    {
        Approx.AllEqual(expected.At("statistics").Doubles(), [.. chart.Points.Select(p => p.Observation!.Value)], 1e-9, "observation");
        Approx.AllEqual(expected.At("z").Doubles(), [.. chart.Points.Select(p => p.Value)], 1e-9, "z");
        Approx.AllEqual(expected.At("sigma_z").Doubles(), [.. chart.Points.Select(p => p.Sigma)], 1e-9, "sigma_z");
        Approx.AllEqual(expected.At("lcl").Doubles(), [.. chart.Points.Select(p => p.LowerLimit)], 1e-9, "lcl");
        Approx.AllEqual(expected.At("ucl").Doubles(), [.. chart.Points.Select(p => p.UpperLimit)], 1e-9, "ucl");
        Assert.Equal(expected.At("violations").ZeroBasedIndices(), chart.Points.Where(p => p.BeyondLimits).Select(p => p.Index));
    }
}
