using CustomerComms.Analytics.Trends;

namespace CustomerComms.Analytics.Tests.Trends;

public sealed class MannKendallTests
{
    [Fact]
    public void Test_StrictlyIncreasing_MatchesHandComputation()
    {
        // S = 10, Var = 5·4·15/18, Z = (S − 1)/√Var.
        MannKendallTest result = MannKendall.Test([1, 2, 3, 4, 5]);

        Assert.Equal(10, result.S);
        Approx.Equal(5 * 4 * 15 / 18.0, result.Variance, 1e-12, "variance");
        Approx.Equal(2.2045407685048604, result.Z, 1e-12, "Z");
        Approx.Equal(0.0274863361115103, result.PValue, 1e-9, "p");
        Approx.Equal(1, result.Tau, 1e-15, "tau");
    }

    [Fact]
    public void Test_WithTies_AppliesTieCorrection()
    {
        // One tie group of 2: Var = (4·3·13 − 2·1·9)/18 = 138/18; S = 5; τ-b = 5/√((6 − 1)·6).
        MannKendallTest result = MannKendall.Test([1, 2, 2, 3]);

        Assert.Equal(5, result.S);
        Approx.Equal(138 / 18.0, result.Variance, 1e-12, "variance");
        Approx.Equal(1.4446302370292303, result.Z, 1e-12, "Z");
        Approx.Equal(0.14856177489186884, result.PValue, 1e-9, "p");
        Approx.Equal(0.9128709291752769, result.Tau, 1e-12, "tau");
    }

    [Fact]
    public void Test_Decreasing_GivesNegativeSAndZ()
    {
        MannKendallTest result = MannKendall.Test([5, 4, 3, 2, 1]);

        Assert.Equal(-10, result.S);
        Approx.Equal(-2.2045407685048604, result.Z, 1e-12, "Z");
        Approx.Equal(-1, result.Tau, 1e-15, "tau");
    }

    [Fact]
    public void Test_AllTied_GivesZeroAndPValueOne()
    {
        MannKendallTest result = MannKendall.Test([2, 2, 2, 2]);

        Assert.Equal(0, result.S);
        Assert.Equal(0, result.Variance);
        Assert.Equal(0, result.Z);
        Assert.Equal(1, result.PValue);
        Assert.Equal(0, result.Tau);
    }

    [Fact]
    public void Test_LongSeries_MatchesPairwiseDefinition()
    {
        var random = new Random(12345);
        double[] values = [.. Enumerable.Range(0, 700).Select(i => Math.Round((i * 0.01) + random.NextDouble(), 1))];
        long s = 0;
        for (int i = 0; i < values.Length; i++)
        {
            for (int j = i + 1; j < values.Length; j++)
            {
                s += Math.Sign(values[j] - values[i]);
            }
        }

        Assert.Equal(s, MannKendall.Test(values).S);
    }

    [Fact]
    public void Test_OnePoint_Throws()
    {
        Assert.Throws<ArgumentException>(() => MannKendall.Test([1]));
    }
}
