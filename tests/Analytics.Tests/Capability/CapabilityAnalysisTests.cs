using System.Text.Json;
using CustomerComms.Analytics.Capability;
using CustomerComms.Analytics.Constants;

namespace CustomerComms.Analytics.Tests.Capability;

public sealed class CapabilityAnalysisTests
{
    private static readonly JsonElement Reference = ReferenceData.Load("pistonrings_xbar_R_S.json");

    [Fact]
    public void AnalyzeSubgroups_PistonRings_MatchesReference()
    {
        JsonElement expected = Reference.At("expected", "capability");
        double[][] phaseOne = Reference.At("input", "phase1_subgroups").Matrix();

        ProcessCapability result = CapabilityAnalysis.AnalyzeSubgroups(
            phaseOne,
            new SpecificationLimits(73.95, 74.05, 74),
            ConstantsConvention.ThreeDecimalTable);

        const double Tolerance = 1e-9;
        Approx.Equal(expected.At("sigma_within").GetDouble(), result.SigmaWithin, Tolerance, "σ within");
        Approx.Equal(expected.At("qcc_process_capability", "Cp").GetDouble(), result.Cp!.Value, Tolerance, "Cp");
        Approx.Equal(expected.At("qcc_process_capability", "Cpk").GetDouble(), result.Cpk!.Value, Tolerance, "Cpk");
        Approx.Equal(expected.At("qcc_process_capability", "Cp_l").GetDouble(), result.Cpl!.Value, Tolerance, "Cpl");
        Approx.Equal(expected.At("qcc_process_capability", "Cp_u").GetDouble(), result.Cpu!.Value, Tolerance, "Cpu");
        Approx.Equal(expected.At("qcc_process_capability", "Cpm").GetDouble(), result.Cpm!.Value, Tolerance, "Cpm");
        Approx.Equal(expected.At("overall_performance", "sample_sd_overall").GetDouble(), result.SigmaOverall, Tolerance, "σ overall");
        Approx.Equal(expected.At("overall_performance", "Pp").GetDouble(), result.Pp!.Value, Tolerance, "Pp");
        Approx.Equal(expected.At("overall_performance", "Ppk").GetDouble(), result.Ppk!.Value, Tolerance, "Ppk");
        Approx.Equal(expected.At("overall_performance", "mean").GetDouble(), result.Mean, Tolerance, "mean");
        Assert.Equal(125, result.Count);
    }

    [Fact]
    public void Analyze_IndividualValues_UsesMovingRangeSigma()
    {
        // MR = 2, 2, 2 → σ_within = 2/d2(2); mean 11; values 10, 12, 10, 12 → s = √(4/3).
        double[] values = [10, 12, 10, 12];

        ProcessCapability result = CapabilityAnalysis.Analyze(values, new SpecificationLimits(5, 20));

        double sigma = 2 / ControlChartConstants.RangeMean(2);
        Approx.Equal(sigma, result.SigmaWithin, 1e-12, "σ within");
        Approx.Equal(15 / (6 * sigma), result.Cp!.Value, 1e-12, "Cp");
        Approx.Equal(6 / (3 * sigma), result.Cpk!.Value, 1e-12, "Cpk");
        Approx.Equal(15 / (6 * Math.Sqrt(4.0 / 3)), result.Pp!.Value, 1e-12, "Pp");
        // Target defaults to the midpoint 12.5: Cpm = Cp/√(1 + ((11 − 12.5)/σ)²).
        Approx.Equal(result.Cp.Value / Math.Sqrt(1 + Math.Pow(1.5 / sigma, 2)), result.Cpm!.Value, 1e-12, "Cpm");
    }

    [Fact]
    public void Analyze_UpperLimitOnly_GivesOneSidedIndices()
    {
        ProcessCapability result = CapabilityAnalysis.Analyze([10, 12, 10, 12], new SpecificationLimits(null, 20));

        Assert.Null(result.Cp);
        Assert.Null(result.Pp);
        Assert.Null(result.Cpm);
        Assert.Null(result.Cpl);
        Assert.Equal(result.Cpu, result.Cpk);
    }

    [Fact]
    public void Analyze_ConstantData_Throws()
    {
        Assert.Throws<ArgumentException>(() => CapabilityAnalysis.Analyze([3, 3, 3], new SpecificationLimits(1, 5)));
    }

    [Fact]
    public void Analyze_NoLimits_Throws()
    {
        Assert.Throws<ArgumentException>(() => CapabilityAnalysis.Analyze([1, 2, 3], new SpecificationLimits(null, null)));
    }

    [Fact]
    public void Analyze_LowerAboveUpper_Throws()
    {
        Assert.Throws<ArgumentException>(() => CapabilityAnalysis.Analyze([1, 2, 3], new SpecificationLimits(5, 1)));
    }

    [Fact]
    public void Analyze_OneValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => CapabilityAnalysis.Analyze([1], new SpecificationLimits(0, 5)));
    }
}
