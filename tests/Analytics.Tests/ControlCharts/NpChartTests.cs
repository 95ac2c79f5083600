using System.Text.Json;
using CustomerComms.Analytics.ControlCharts;

namespace CustomerComms.Analytics.Tests.ControlCharts;

public sealed class NpChartTests
{
    private static readonly JsonElement Reference = ReferenceData.Load("orangejuice_p_np.json");

    [Fact]
    public void Build_OrangeJuiceTrialLimits_MatchReference()
    {
        JsonElement expected = Reference.At("expected", "np_trial_1_30");

        ControlChart chart = NpChart.Build(Reference.At("input", "D").Doubles()[..30], Reference.At("input", "size").Doubles()[..30]);

        ReferenceChart.AssertPoints(expected, chart.Points);
        Approx.Equal(expected.At("std_dev").GetDouble(), chart.Sigma, ReferenceChart.Tolerance, "sigma");
    }

    [Fact]
    public void Build_SameData_HasPChartLimitsTimesSampleSize()
    {
        double[] counts = [3, 5, 2, 8];
        double[] sizes = [40, 40, 40, 40];

        ControlChart np = NpChart.Build(counts, sizes);
        ControlChart p = PChart.Build(counts, sizes);

        for (int i = 0; i < counts.Length; i++)
        {
            Approx.Equal(p.Points[i].UpperLimit * 40, np.Points[i].UpperLimit, 1e-12, "UCL");
            Approx.Equal(p.Points[i].LowerLimit * 40, np.Points[i].LowerLimit, 1e-12, "LCL");
        }
    }
}
