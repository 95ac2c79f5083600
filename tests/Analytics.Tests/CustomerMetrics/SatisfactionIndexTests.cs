using CustomerComms.Analytics.CustomerMetrics;

namespace CustomerComms.Analytics.Tests.CustomerMetrics;

public sealed class SatisfactionIndexTests
{
    [Fact]
    public void FromScores_FivePointScale_RescalesMeanToZeroToHundred()
    {
        // Mean 4 on 1–5 → 75; SD = √(2/3), SE = 100·SD/(√4·4).
        SatisfactionIndex csi = SatisfactionIndex.FromScores([4, 5, 3, 4], 1, 5);

        Approx.Equal(75, csi.Index, 1e-12, "index");
        Approx.Equal(10.206207261596575, csi.StandardError, 1e-12, "SE");
        Assert.True(csi.Lower < 75 && csi.Upper > 75);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 100)]
    public void FromScores_ScaleEnds_MapToZeroAndHundred(double score, double expected)
    {
        Assert.Equal(expected, SatisfactionIndex.FromScores([score, score], 1, 5).Index);
    }

    [Fact]
    public void Combine_WeightedAttributes_GivesWeightedMeanAndStandardError()
    {
        var a = new SatisfactionIndex(80, 4, null, null, 50, 0.95);
        var b = new SatisfactionIndex(60, 3, null, null, 40, 0.95);

        SatisfactionIndex combined = SatisfactionIndex.Combine([(a, 3), (b, 1)]);

        Approx.Equal(75, combined.Index, 1e-12, "index");
        Approx.Equal(Math.Sqrt((0.75 * 0.75 * 16) + (0.25 * 0.25 * 9)), combined.StandardError, 1e-12, "SE");
        Assert.Equal(90, combined.Count);
    }

    [Fact]
    public void Combine_AllWeightsZero_Throws()
    {
        var a = new SatisfactionIndex(80, 4, null, null, 50, 0.95);

        Assert.Throws<ArgumentException>(() => SatisfactionIndex.Combine([(a, 0)]));
    }

    [Fact]
    public void FromScores_EmptyScale_Throws()
    {
        Assert.Throws<ArgumentException>(() => SatisfactionIndex.FromScores([3], 5, 5));
    }
}
